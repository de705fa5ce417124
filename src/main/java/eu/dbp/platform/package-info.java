/**
 * Start-up and plumbing every module shares: the embedded or external PostgreSQL, RFC 9457 problem
 * details, the clock and the translation of database constraint violations. Knows nothing of any
 * business module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform")
package eu.dbp.platform;
