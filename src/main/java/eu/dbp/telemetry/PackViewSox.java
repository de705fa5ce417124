package eu.dbp.telemetry;

import eu.dbp.passport.PackView;
import eu.dbp.passport.SoxSource;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Hands the passport's pack view the latest SoX values and lifetime aggregates in one query. */
@Component
class PackViewSox implements SoxSource {

    private final SoxRepository repository;

    PackViewSox(SoxRepository repository) {
        this.repository = repository;
    }

    @Override
    public Optional<PackView.Sox> latest(long batteryKey) {
        return repository.packViewSox(batteryKey);
    }

    @Override
    public Map<Long, PackView.Sox> latest(Collection<Long> batteryKeys) {
        return repository.packViewSox(batteryKeys);
    }
}
