package eu.dbp.decision;

import java.time.LocalDate;

/**
 * One Annex XII target: a material-recovery share per element or a recycling efficiency per battery
 * family, due by a deadline.
 */
public record RecoveryTarget(
        String kind, String subject, double targetPct, LocalDate deadline, String source) {}
