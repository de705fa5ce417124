package eu.dbp.decision;

import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/v1/batteries/{id}/route}: apply a chosen, confirmed route. */
@RestController
class RouteController {

    private final RouteApplication routes;

    RouteController(RouteApplication routes) {
        this.routes = routes;
    }

    @PostMapping("/api/v1/batteries/{id}/route")
    AppliedRoute apply(@PathVariable String id, @Valid @RequestBody RouteRequest request) {
        return routes.apply(id, request);
    }
}
