package eu.dbp.passport;

import java.math.BigDecimal;
import java.util.List;

/** A module with its cells and with the connectors, joints and fasteners that hold it. */
public record ModuleDetail(
        String ref,
        String serialNumber,
        int position,
        int seriesCount,
        int parallelCount,
        BigDecimal nominalVoltage,
        BigDecimal massKg,
        ModuleHousing housing,
        JointType cellJoining,
        ModuleCondition condition,
        BigDecimal soh,
        List<Cell> cells,
        List<PassportDocument.Connector> connectors,
        List<PassportDocument.Joint> joints,
        List<PassportDocument.Fastener> fasteners) {

    public record Cell(
            String serialNumber, int position, String cellModel, String camLot, String condition) {}
}
