package eu.dbp.audit;

/**
 * The result of walking the whole chain.
 *
 * @param intact every entry links to its predecessor and its content matches its hash
 * @param entries how many entries were checked
 * @param firstBroken the first entry that fails, or {@code null} when the chain is intact
 */
record ChainVerification(boolean intact, long entries, BrokenEntry firstBroken) {

    /** Where and why the chain breaks. */
    record BrokenEntry(long seq, String reason) {}
}
