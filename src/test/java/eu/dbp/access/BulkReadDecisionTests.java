package eu.dbp.access;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dbp.IntegrationTest;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The bulk read decision of lists agrees with the per-battery one, for every demo caller. */
@IntegrationTest
class BulkReadDecisionTests {

    private static final List<String> PACKS =
            List.of(
                    DemoAccess.LEAF,
                    DemoAccess.TESLA,
                    DemoAccess.MEB,
                    DemoAccess.LFP,
                    DemoAccess.EBIKE,
                    "NO-SUCH-BATTERY");

    @Autowired BatteryAccess access;

    @Autowired UserDetailsService users;

    @ParameterizedTest
    @ValueSource(
            strings = {
                "admin",
                "oem1",
                "oem2",
                "repairer",
                "remanufacturer",
                "recycler",
                "authority"
            })
    void listsDecideAsSingleReadsDo(String user) {
        var details = users.loadUserByUsername(user);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(
                                details, null, details.getAuthorities()));
        try {
            for (String tier : List.of("LEGITIMATE_INTEREST", "AUTHORITY")) {
                Set<String> single =
                        PACKS.stream()
                                .filter(id -> access.canRead(id, tier))
                                .collect(Collectors.toSet());

                assertThat(access.readable(PACKS, tier)).as(user + " " + tier).isEqualTo(single);
            }
            if (user.equals("recycler")) {
                assertThat(access.readable(PACKS, "LEGITIMATE_INTEREST"))
                        .contains(DemoAccess.LEAF)
                        .doesNotContain(DemoAccess.LFP);
            }
            if (user.equals("oem2")) {
                assertThat(access.readable(PACKS, "AUTHORITY"))
                        .contains(DemoAccess.TESLA)
                        .doesNotContain(DemoAccess.LEAF);
            }
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
