package eu.dbp.decision;

import jakarta.validation.Valid;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Recommendations and the parameters behind them. */
@RestController
@RequestMapping("/api/v1")
class DecisionController {

    private final DecisionService decisions;

    DecisionController(DecisionService decisions) {
        this.decisions = decisions;
    }

    @GetMapping("/batteries/{id}/recommendation")
    Recommendation recommendation(@PathVariable String id) {
        return decisions.recommend(id);
    }

    @GetMapping("/decision/parameters")
    List<DecisionParameter> parameters() {
        return decisions.parameters();
    }

    @GetMapping("/decision/parameters/{key}")
    DecisionParameter parameter(@PathVariable String key) {
        return decisions.parameter(key);
    }

    @PutMapping("/decision/parameters/{key}")
    DecisionParameter change(@PathVariable String key, @Valid @RequestBody ParameterChange change) {
        return decisions.change(key, change);
    }

    @GetMapping("/decision/recovery-targets")
    List<RecoveryTarget> recoveryTargets() {
        return decisions.recoveryTargets();
    }
}
