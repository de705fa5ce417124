package eu.dbp.passport;

import org.springframework.stereotype.Service;

/** The passport module's public face. */
@Service
public class PassportService {

    /** A read-only view of one pack for safety, planning and decision; 404 if unknown. */
    public PackView packView(String identifier) {
        throw new UnsupportedOperationException("being written");
    }

    /** The internal key of a battery (the distribution key of pack-scoped tables); 404 if unknown. */
    public long batteryKey(String identifier) {
        throw new UnsupportedOperationException("being written");
    }
}
