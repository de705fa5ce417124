/**
 * The passport's REST adapter: thin controllers that translate HTTP to the passport services.
 * Access rules are declared by the access module, not checked here.
 */
package eu.dbp.passport.web;
