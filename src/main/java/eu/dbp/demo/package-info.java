/**
 * Realistic demo data (reference packs, accounts, grants, SoX history), loaded into an empty
 * embedded database at start or on request.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data")
package eu.dbp.demo;
