package eu.dbp.access;

import jakarta.servlet.http.HttpServletRequest;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Filters every JSON body under {@code /api/v1/batteries} by Annex XIII tier, for this caller and
 * this battery, so that one endpoint serves the public and the restricted view. Lists are filtered
 * element by element, each by its own battery. Reads that return restricted data are recorded in
 * the access log.
 */
@ControllerAdvice
class TieredResponseAdvice implements ResponseBodyAdvice<Object> {

    private static final String LIST = "/api/v1/batteries";

    private final TierMap tiers;
    private final BatteryAccess access;
    private final AccessLog accessLog;
    private final JsonMapper json;

    TieredResponseAdvice(
            TierMap tiers, BatteryAccess access, AccessLog accessLog, JsonMapper json) {
        this.tiers = tiers;
        this.access = access;
        this.accessLog = accessLog;
        this.json = json;
    }

    @Override
    public boolean supports(
            MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object beforeBodyWrite(
            Object body,
            MethodParameter returnType,
            MediaType contentType,
            Class<? extends HttpMessageConverter<?>> converterType,
            ServerHttpRequest request,
            ServerHttpResponse response) {
        if (body == null
                || body instanceof ProblemDetail
                || body instanceof byte[]
                || body instanceof CharSequence
                || !isJson(contentType)
                || !(request instanceof ServletServerHttpRequest servlet)) {
            return body;
        }
        HttpServletRequest http = servlet.getServletRequest();
        String path = http.getRequestURI().substring(http.getContextPath().length());
        if (path.equals(LIST) || path.equals(LIST + "/")) {
            return filterList(json.valueToTree(body), http);
        }
        String battery = BatteryPaths.identifier(path);
        if (battery == null) {
            return body;
        }
        String sub = BatteryPaths.subResource(path);
        if ("audit".equals(sub) || "qr".equals(sub)) {
            return body;
        }
        String scope = sub == null || "document".equals(sub) ? TierMap.DOCUMENT : sub;
        JsonNode tree = json.valueToTree(body);
        filter(tree, scope, battery, http);
        return tree;
    }

    private JsonNode filterList(JsonNode tree, HttpServletRequest http) {
        if (tree.isArray()) {
            tree.values().forEach(element -> filterElement(element, http));
        } else if (tree.isObject()) {
            for (JsonNode value : tree.values()) {
                if (value.isArray()) {
                    value.values().forEach(element -> filterElement(element, http));
                }
            }
        }
        return tree;
    }

    private void filterElement(JsonNode element, HttpServletRequest http) {
        JsonNode id = element.has("id") ? element.get("id") : element.get("identifier");
        if (id != null && id.isString()) {
            filter(element, TierMap.DOCUMENT, id.asString(), http);
        } else if (element.isObject()) {
            new TierFilter(tiers.scope(TierMap.DOCUMENT), EnumSet.of(Tier.PUBLIC)).prune(element);
        }
    }

    private void filter(JsonNode tree, String scope, String battery, HttpServletRequest http) {
        Caller caller = Callers.current();
        Set<Tier> visible = EnumSet.of(Tier.PUBLIC);
        for (Tier tier : new Tier[] {Tier.LEGITIMATE_INTEREST, Tier.AUTHORITY}) {
            if (access.canRead(caller, battery, tier)) {
                visible.add(tier);
            }
        }
        TierFilter filter = new TierFilter(tiers.scope(scope), visible);
        filter.prune(tree);
        if (filter.highestShown() != Tier.PUBLIC) {
            accessLog.restrictedRead(caller, http, battery, filter.highestShown());
        }
    }

    private static boolean isJson(MediaType type) {
        return type != null
                && (type.isCompatibleWith(MediaType.APPLICATION_JSON)
                        || type.getSubtype().endsWith("+json"));
    }
}
