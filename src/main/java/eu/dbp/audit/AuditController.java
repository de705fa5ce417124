package eu.dbp.audit;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The change log over HTTP. Who may read what is declared in the access module's filter chain: the
 * trail of a battery for its owners and authorities, verification for auditors.
 */
@RestController
class AuditController {

    private final AuditLog log;

    AuditController(AuditLog log) {
        this.log = log;
    }

    @GetMapping("/api/v1/batteries/{id}/audit")
    List<AuditEntry> trail(@PathVariable String id) {
        return log.ofBattery(id);
    }

    @GetMapping("/api/v1/audit/verify")
    ChainVerification verify() {
        return log.verify();
    }
}
