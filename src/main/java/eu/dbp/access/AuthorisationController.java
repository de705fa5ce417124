package eu.dbp.access;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotBlank;
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

/** Written authorisations of another operator (Art. 77(4)) over HTTP. */
@RestController
@RequestMapping("/api/v1/access/authorisations")
class AuthorisationController {

    private final Authorisations authorisations;

    AuthorisationController(Authorisations authorisations) {
        this.authorisations = authorisations;
    }

    /**
     * @param operator code of the organisation authorised to act
     * @param batteryIdentifiers the batteries covered; none means all the caller answers for
     * @param documentReference reference of the signed written authorisation
     * @param validUntil end of validity, or none for until revoked
     */
    record AuthorisationRequest(
            @NotBlank @Size(max = 63) String operator,
            List<@NotBlank @Size(max = 100) String> batteryIdentifiers,
            @NotBlank @Size(min = 3, max = 300) String documentReference,
            @Future Instant validUntil) {}

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("@batteryAccess.canAuthorise(#request.batteryIdentifiers())")
    Authorisations.Authorisation authorise(@Valid @RequestBody AuthorisationRequest request) {
        return authorisations.authorise(
                request.operator(),
                request.batteryIdentifiers(),
                request.documentReference(),
                request.validUntil());
    }

    @GetMapping
    List<Authorisations.Authorisation> list() {
        return authorisations.visibleTo(Callers.current());
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("@authorisations.mayRevoke(#id)")
    void revoke(@PathVariable long id) {
        authorisations.revoke(id);
    }
}
