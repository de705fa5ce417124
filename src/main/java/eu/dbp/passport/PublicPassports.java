package eu.dbp.passport;

import eu.dbp.access.PassportDocuments;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Gives the public passport page the passport in its API shape; access filters it by tier. */
@Component
class PublicPassports implements PassportDocuments {

    private final PassportService passports;

    PublicPassports(PassportService passports) {
        this.passports = passports;
    }

    @Override
    public Optional<Object> document(String batteryIdentifier) {
        return passports.exists(batteryIdentifier)
                ? Optional.of(passports.passport(batteryIdentifier))
                : Optional.empty();
    }
}
