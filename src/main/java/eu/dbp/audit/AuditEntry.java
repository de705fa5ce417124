package eu.dbp.audit;

import java.time.Instant;
import tools.jackson.databind.JsonNode;

/** One entry of the change log as the API shows it. */
record AuditEntry(
        long seq,
        Instant occurredAt,
        String principal,
        String organisation,
        String batteryIdentifier,
        String action,
        String entity,
        String entityId,
        JsonNode before,
        JsonNode after,
        String requestId,
        String hash) {}
