package eu.dbp.passport;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import eu.dbp.platform.InvalidInputException;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Drives the passport document reader and its validation with arbitrary input. Whatever comes in,
 * the only acceptable failures are the two the API answers with 4xx: unreadable JSON (400) and a
 * broken rule (422). Anything else would reach the client as a 500.
 *
 * <p>Half of the inputs are raw text; the other half mutate a valid document, so that the fuzzer
 * reaches the rules deep inside the design tree. Runs the stored inputs in normal builds; set
 * {@code JAZZER_FUZZ=1} to fuzz.
 */
class PassportDocumentFuzzTests {

    private static final JsonMapper JSON =
            JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    private static final Validator VALIDATOR =
            Validation.buildDefaultValidatorFactory().getValidator();
    private static final PassportValidation VALIDATION = new PassportValidation(VALIDATOR);
    private static final String VALID = JSON.writeValueAsString(TestPassports.small("FUZZ-SEED-1"));

    @FuzzTest(maxDuration = "60s")
    void readingAndValidatingNeverFailsUnexpectedly(FuzzedDataProvider data) {
        String input = data.consumeBoolean() ? data.consumeRemainingAsString() : mutated(data);

        PassportDocument document;
        try {
            document = JSON.readValue(input, PassportDocument.class);
        } catch (JacksonException unreadable) {
            return;
        }
        try {
            VALIDATION.validate(document);
        } catch (InvalidInputException refused) {
            if (refused.violations().isEmpty()) {
                throw new AssertionError("a refusal must name at least one field", refused);
            }
        }
    }

    /** A valid document with a few values replaced by whatever the fuzzer chooses. */
    private static String mutated(FuzzedDataProvider data) {
        JsonNode root = JSON.readTree(VALID);
        List<JsonNode> containers = new ArrayList<>();
        collect(root, containers);
        int mutations = data.consumeInt(1, 6);
        for (int i = 0; i < mutations && data.remainingBytes() > 0; i++) {
            JsonNode target = containers.get(data.consumeInt(0, containers.size() - 1));
            JsonNode value = value(data);
            if (target instanceof ObjectNode object && !object.isEmpty()) {
                List<String> names = new ArrayList<>(object.propertyNames());
                object.set(names.get(data.consumeInt(0, names.size() - 1)), value);
            } else if (target instanceof ArrayNode array && !array.isEmpty()) {
                array.set(data.consumeInt(0, array.size() - 1), value);
            }
        }
        return JSON.writeValueAsString(root);
    }

    private static JsonNode value(FuzzedDataProvider data) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        return switch (data.consumeInt(0, 7)) {
            case 0 -> nodes.nullNode();
            case 1 -> nodes.stringNode(data.consumeString(40));
            case 2 -> nodes.numberNode(data.consumeLong());
            case 3 -> nodes.numberNode(data.consumeDouble());
            case 4 -> nodes.booleanNode(data.consumeBoolean());
            case 5 -> nodes.arrayNode();
            case 6 -> nodes.objectNode();
            default -> JSON.valueToTree(Map.of(data.consumeString(10), data.consumeString(10)));
        };
    }

    private static void collect(JsonNode node, List<JsonNode> containers) {
        if (node.isContainer()) {
            containers.add(node);
            node.forEach(child -> collect(child, containers));
        }
    }
}
