package eu.dbp.access;

import eu.dbp.access.AccessAdministration.Purpose;
import eu.dbp.platform.NotFoundException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Legitimate-interest grants (Art. 77(2)(c)) over HTTP. */
@RestController
@RequestMapping("/api/v1/access/grants")
class GrantController {

    private final AccessAdministration administration;
    private final Grants grants;

    GrantController(AccessAdministration administration, Grants grants) {
        this.administration = administration;
        this.grants = grants;
    }

    /** Scope: the listed batteries, or every battery of {@code manufacturer}. */
    record GrantRequest(
            @NotBlank @Size(max = 63) String organisation,
            @NotNull Purpose purpose,
            List<@NotBlank @Size(max = 100) String> batteryIdentifiers,
            @Size(max = 63) String manufacturer,
            @NotNull Instant expiresAt) {}

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("@batteryAccess.canGrant(#request.batteryIdentifiers(), #request.manufacturer())")
    Grants.Grant grant(@Valid @RequestBody GrantRequest request) {
        long id =
                administration.grantLegitimateInterest(
                        request.organisation(),
                        request.purpose(),
                        request.batteryIdentifiers(),
                        request.manufacturer(),
                        request.expiresAt());
        return grants.find(id).orElseThrow();
    }

    @GetMapping
    List<Grants.Grant> list() {
        return grants.visibleTo(Callers.current());
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("@grants.mayRevoke(#id)")
    void revoke(@PathVariable long id) {
        if (!administration.revokeGrant(id)) {
            throw new NotFoundException("active grant", id);
        }
    }
}
