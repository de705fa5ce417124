package eu.dbp.passport;

import org.springframework.stereotype.Service;

/** The passport module's public face. */
@Service
public class PassportService {

    /** A read-only view of one pack for safety, planning and decision; 404 if unknown. */
    public PackView packView(String identifier) {
        throw new UnsupportedOperationException("being written");
    }
}
