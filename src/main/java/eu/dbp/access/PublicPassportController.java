package eu.dbp.access;

import eu.dbp.platform.NotFoundException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public face of a passport: the page the QR code on the battery resolves to (HTML, or JSON by
 * content negotiation), and the QR code itself. Shows Annex XIII point 1 only, to everyone.
 */
@Controller
class PublicPassportController {

    private final ObjectProvider<PassportDocuments> documents;
    private final ObjectProvider<BatteryOwnership> ownership;
    private final TierMap tiers;
    private final QrCodes qrCodes;
    private final JsonMapper json;

    PublicPassportController(
            ObjectProvider<PassportDocuments> documents,
            ObjectProvider<BatteryOwnership> ownership,
            TierMap tiers,
            QrCodes qrCodes,
            JsonMapper json) {
        this.documents = documents;
        this.ownership = ownership;
        this.tiers = tiers;
        this.qrCodes = qrCodes;
        this.json = json;
    }

    @GetMapping(value = "/p/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    JsonNode publicJson(@PathVariable String id) {
        return publicDocument(id);
    }

    @GetMapping(value = "/p/{id}", produces = MediaType.TEXT_HTML_VALUE)
    String publicPage(@PathVariable String id, Model model) {
        JsonNode document = publicDocument(id);
        model.addAttribute("id", id);
        model.addAttribute("model", text(document, "model"));
        model.addAttribute("manufacturer", text(document, "manufacturer"));
        model.addAttribute("ceased", document.path("ceased").asBoolean(false));
        model.addAttribute("rows", rows(document));
        model.addAttribute("pageUrl", qrCodes.pageUrl(id));
        return "public/passport";
    }

    @GetMapping("/api/v1/batteries/{id}/qr")
    ResponseEntity<byte[]> qr(
            @PathVariable String id,
            @RequestParam(required = false) String format,
            @RequestHeader(value = "Accept", required = false) String accept) {
        requireKnown(id);
        boolean svg =
                format != null
                        ? "svg".equalsIgnoreCase(format)
                        : accept != null
                                && accept.contains("image/svg+xml")
                                && !accept.contains("image/png");
        if (format != null && !svg && !"png".equalsIgnoreCase(format)) {
            throw new eu.dbp.platform.InvalidInputException(
                    List.of(
                            new eu.dbp.platform.FieldViolation(
                                    "format", "enum", "must be png or svg")));
        }
        byte[] body =
                svg
                        ? qrCodes.svg(id).getBytes(java.nio.charset.StandardCharsets.UTF_8)
                        : qrCodes.png(id);
        return ResponseEntity.ok()
                .contentType(svg ? MediaType.valueOf("image/svg+xml") : MediaType.IMAGE_PNG)
                .cacheControl(CacheControl.maxAge(java.time.Duration.ofDays(1)).cachePublic())
                .body(body);
    }

    private JsonNode publicDocument(String id) {
        PassportDocuments source = documents.getIfAvailable();
        Object document = source == null ? null : source.document(id).orElse(null);
        if (document == null) {
            throw new NotFoundException("battery", id);
        }
        JsonNode tree = json.valueToTree(document);
        new TierFilter(tiers.scope(TierMap.DOCUMENT), EnumSet.of(Tier.PUBLIC)).prune(tree);
        return tree;
    }

    private void requireKnown(String id) {
        BatteryOwnership owners = ownership.getIfAvailable();
        if (owners != null && owners.ownersOf(id).isEmpty()) {
            throw new NotFoundException("battery", id);
        }
    }

    /** A field's text; an organisation given as an object reads as its name (or code). */
    private static String text(JsonNode document, String field) {
        JsonNode value = document.get(field);
        if (value != null && value.isObject()) {
            value = value.has("name") ? value.get("name") : value.get("code");
        }
        return value == null || value.isNull() ? null : value.asString();
    }

    /** Flattens the public document into labelled rows, e.g. {@code ratings.nominalVoltage}. */
    static List<Map.Entry<String, String>> rows(JsonNode document) {
        List<Map.Entry<String, String>> out = new ArrayList<>();
        flatten(document, "", out);
        return out;
    }

    private static void flatten(JsonNode node, String path, List<Map.Entry<String, String>> out) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                flatten(
                        field.getValue(),
                        path.isEmpty() ? field.getKey() : path + "." + field.getKey(),
                        out);
            }
        } else if (node.isArray()) {
            int i = 0;
            for (JsonNode element : node.values()) {
                flatten(element, path + "[" + i++ + "]", out);
            }
        } else if (!node.isNull()) {
            out.add(Map.entry(path, node.asString()));
        }
    }
}
