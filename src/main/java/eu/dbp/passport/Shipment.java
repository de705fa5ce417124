package eu.dbp.passport;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;

/** Transport and custody transfer between organisations, with dangerous-goods data (ADR). */
public record Shipment(
        @JsonProperty(access = JsonProperty.Access.READ_ONLY) Long id,
        @NotBlank String fromOrganisation,
        @NotBlank String toOrganisation,
        @NotBlank @Size(max = 200) String fromLocation,
        @NotBlank @Size(max = 200) String toLocation,
        @DecimalMin("-90") @DecimalMax("90") BigDecimal fromLatitude,
        @DecimalMin("-180") @DecimalMax("180") BigDecimal fromLongitude,
        @DecimalMin("-90") @DecimalMax("90") BigDecimal toLatitude,
        @DecimalMin("-180") @DecimalMax("180") BigDecimal toLongitude,
        @NotNull Instant shippedAt,
        Instant deliveredAt,
        @NotNull TransportMode transportMode,
        @Pattern(regexp = "^UN[0-9]{4}$", message = "must be UN followed by four digits")
                String unNumber,
        @Pattern(
                        regexp = "^(SP376|SP377|SP188|NONE)$",
                        message = "must be SP376, SP377, SP188 or NONE")
                String specialProvision,
        @Size(max = 40) String packaging,
        @DecimalMin("0") @DecimalMax("100") BigDecimal socAtShipment,
        Boolean custodyTransferred,
        Integer version) {

    public enum TransportMode {
        ROAD,
        RAIL,
        SEA,
        AIR,
        INTERNAL
    }
}
