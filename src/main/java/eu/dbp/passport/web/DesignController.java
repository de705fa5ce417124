package eu.dbp.passport.web;

import eu.dbp.passport.DesignChange;
import eu.dbp.passport.DesignCorrections;
import eu.dbp.passport.PassportDocument.Component;
import eu.dbp.passport.PassportDocument.Connector;
import eu.dbp.passport.PassportDocument.Fastener;
import eu.dbp.passport.PassportDocument.Joint;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The manufacturer's additions to and corrections of the design tree, one part at a time. Each body
 * names the passport version it was based on; a stale one gets 409. A correction keeps the part's
 * ref, which the path names.
 */
@Tag(name = "Design corrections")
@RestController
@RequestMapping("/api/v1/batteries/{id}/design")
class DesignController {

    private final DesignCorrections design;

    DesignController(DesignCorrections design) {
        this.design = design;
    }

    @Operation(summary = "Add a component (housing part, busbar, harness, cooling part, ...)")
    @PostMapping("/components")
    @ResponseStatus(HttpStatus.CREATED)
    DesignChange<Component> addComponent(
            @PathVariable String id, @RequestBody DesignChange<Component> change) {
        return design.component(id, null, change);
    }

    @Operation(
            summary =
                    "Correct a component: name, kind, location, high-voltage flag, mass, part number")
    @PutMapping("/components/{ref}")
    DesignChange<Component> correctComponent(
            @PathVariable String id,
            @PathVariable String ref,
            @RequestBody DesignChange<Component> change) {
        return design.component(id, ref, change);
    }

    @Operation(summary = "Add a fastener specification")
    @PostMapping("/fasteners")
    @ResponseStatus(HttpStatus.CREATED)
    DesignChange<Fastener> addFastener(
            @PathVariable String id, @RequestBody DesignChange<Fastener> change) {
        return design.fastener(id, null, change);
    }

    @Operation(summary = "Correct a fastener: type, size, drive, count, torque, single use")
    @PutMapping("/fasteners/{ref}")
    DesignChange<Fastener> correctFastener(
            @PathVariable String id,
            @PathVariable String ref,
            @RequestBody DesignChange<Fastener> change) {
        return design.fastener(id, ref, change);
    }

    @Operation(summary = "Add a joint: which part is held to which, by which method and fastener")
    @PostMapping("/joints")
    @ResponseStatus(HttpStatus.CREATED)
    DesignChange<Joint> addJoint(@PathVariable String id, @RequestBody DesignChange<Joint> change) {
        return design.joint(id, null, change);
    }

    @Operation(summary = "Correct a joint")
    @PutMapping("/joints/{ref}")
    DesignChange<Joint> correctJoint(
            @PathVariable String id,
            @PathVariable String ref,
            @RequestBody DesignChange<Joint> change) {
        return design.joint(id, ref, change);
    }

    @Operation(summary = "Add a connector")
    @PostMapping("/connectors")
    @ResponseStatus(HttpStatus.CREATED)
    DesignChange<Connector> addConnector(
            @PathVariable String id, @RequestBody DesignChange<Connector> change) {
        return design.connector(id, null, change);
    }

    @Operation(summary = "Correct a connector: type, voltage class, rated voltage, mating part")
    @PutMapping("/connectors/{ref}")
    DesignChange<Connector> correctConnector(
            @PathVariable String id,
            @PathVariable String ref,
            @RequestBody DesignChange<Connector> change) {
        return design.connector(id, ref, change);
    }
}
