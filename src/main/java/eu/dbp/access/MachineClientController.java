package eu.dbp.access;

import eu.dbp.platform.NotFoundException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Registers machine clients, issues their tokens and revokes them (administrators only). */
@RestController
@RequestMapping("/api/v1/access/machine-clients")
class MachineClientController {

    private final AccessAdministration administration;

    MachineClientController(AccessAdministration administration) {
        this.administration = administration;
    }

    record MachineClientRequest(
            @NotBlank @Pattern(regexp = "^[a-z0-9][a-z0-9._-]{1,99}$") String name,
            @NotBlank @Size(max = 63) String organisation,
            @NotEmpty List<@NotBlank @Size(max = 100) String> batteryIdentifiers) {}

    /** The token is in this answer only; it is stored as a hash and cannot be shown again. */
    record IssuedMachineToken(String name, String token) {}

    @PostMapping
    ResponseEntity<IssuedMachineToken> register(@Valid @RequestBody MachineClientRequest request) {
        String token =
                administration.ensureMachineClient(
                        request.name(), request.organisation(), request.batteryIdentifiers());
        return ResponseEntity.status(HttpStatus.CREATED)
                .cacheControl(CacheControl.noStore())
                .body(new IssuedMachineToken(request.name(), token));
    }

    @DeleteMapping("/{name}/token")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(@PathVariable String name) {
        if (!administration.revokeMachineClient(name)) {
            throw new NotFoundException("active machine client", name);
        }
    }
}
