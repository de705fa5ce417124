package eu.dbp.learning;

/**
 * Estimated minutes for one step: median and 90th percentile.
 *
 * @param observations recorded outcomes behind the estimate (0: prior only)
 * @param basis where the figures come from, for the reader
 */
public record TimeEstimate(double p50Min, double p90Min, int observations, String basis) {}
