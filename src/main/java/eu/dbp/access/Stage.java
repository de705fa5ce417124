package eu.dbp.access;

/**
 * The part of a passport a write touches. Each stage has a permission ({@code
 * battery.write.<stage>}) and, in {@code purpose_stage}, the legitimate-interest purposes that let
 * a non-owner record it.
 */
public enum Stage {
    DESIGN("battery.write.design"),
    STATUS("battery.write.status"),
    EVENT("battery.write.event"),
    SERVICE("battery.write.service"),
    TEST("battery.write.test"),
    SOX("battery.write.sox"),
    LOGISTICS("battery.write.logistics"),
    DISASSEMBLY("battery.write.disassembly"),
    END_OF_LIFE("battery.write.end-of-life"),
    ROUTE("battery.write.route"),
    SUCCESSION("battery.succeed");

    private final String permission;

    Stage(String permission) {
        this.permission = permission;
    }

    String permission() {
        return permission;
    }
}
