package eu.dbp.access;

import java.util.List;
import org.springframework.http.HttpMethod;

/**
 * Which stage of a passport each write endpoint under {@code /api/v1/batteries/{id}} touches: one
 * line per endpoint family. Writes to battery paths not listed here are refused, so a new endpoint
 * is closed until it is given its stage here.
 */
final class WriteRules {

    record Rule(String pattern, Stage stage) {}

    static final List<HttpMethod> WRITES =
            List.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE);

    private static final String B = "/api/v1/batteries/{id}";

    static final List<Rule> RULES =
            List.of(
                    new Rule(B, Stage.DESIGN),
                    new Rule(B + "/document", Stage.DESIGN),
                    new Rule(B + "/design/**", Stage.DESIGN),
                    new Rule(B + "/components/**", Stage.DESIGN),
                    new Rule(B + "/fasteners/**", Stage.DESIGN),
                    new Rule(B + "/joints/**", Stage.DESIGN),
                    new Rule(B + "/connectors/**", Stage.DESIGN),
                    new Rule(B + "/materials/**", Stage.DESIGN),
                    new Rule(B + "/documents/**", Stage.DESIGN),
                    new Rule(B + "/production/**", Stage.DESIGN),
                    new Rule(B + "/tests/**", Stage.TEST),
                    new Rule(B + "/status/**", Stage.STATUS),
                    new Rule(B + "/events/**", Stage.EVENT),
                    new Rule(B + "/service/**", Stage.SERVICE),
                    new Rule(B + "/work-orders/**", Stage.SERVICE),
                    new Rule(B + "/service-work-orders/**", Stage.SERVICE),
                    new Rule(B + "/replaced-parts/**", Stage.SERVICE),
                    new Rule(B + "/sox/**", Stage.SOX),
                    new Rule(B + "/telemetry/**", Stage.SOX),
                    new Rule(B + "/logistics/**", Stage.LOGISTICS),
                    new Rule(B + "/modules/**", Stage.DISASSEMBLY),
                    new Rule(B + "/disassembly/**", Stage.DISASSEMBLY),
                    new Rule(B + "/runs/**", Stage.DISASSEMBLY),
                    new Rule(B + "/end-of-life/**", Stage.END_OF_LIFE),
                    new Rule(B + "/recovered-materials/**", Stage.END_OF_LIFE),
                    new Rule(B + "/cease", Stage.END_OF_LIFE),
                    new Rule(B + "/successors/**", Stage.SUCCESSION),
                    new Rule(B + "/route", Stage.ROUTE));

    private WriteRules() {}
}
