package eu.dbp.dashboard;

import java.util.Optional;

import org.springframework.stereotype.Component;

import eu.dbp.access.PassportDocuments;
import eu.dbp.passport.PassportService;

/**
 * Feeds the public passport page ({@code /p/{id}}, the access module's) with the passport
 * document; that page keeps only what the tier map marks public. Lives here until the passport
 * module implements {@link PassportDocuments} itself: there must be exactly one such bean.
 */
@Component
class PublicPassportSource implements PassportDocuments {

    private final PassportService passports;

    PublicPassportSource(PassportService passports) {
        this.passports = passports;
    }

    @Override
    public Optional<Object> document(String batteryIdentifier) {
        if (!passports.exists(batteryIdentifier)) {
            return Optional.empty();
        }
        return Optional.of(passports.document(batteryIdentifier));
    }
}
