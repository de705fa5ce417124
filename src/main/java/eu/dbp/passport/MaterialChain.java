package eu.dbp.passport;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The traceability chain of one pack: its modules and cells, the CAM lot behind each cell, and the
 * material batches behind each lot. Lots and batches are listed once and referenced by code.
 */
public record MaterialChain(
        String id,
        List<ModuleCells> modules,
        List<CellLink> packCells,
        List<CamLot> camLots,
        List<MaterialBatch> materialBatches,
        List<CellModel> cellModels) {

    public record ModuleCells(String serialNumber, int position, List<CellLink> cells) {}

    public record CellLink(String serialNumber, int position, String cellModel, String camLot) {}

    public record CamLot(
            String code,
            Chemistry chemistry,
            String composition,
            String supplier,
            LocalDate producedOn,
            List<String> materialBatches) {}

    public record MaterialBatch(
            String code,
            PassportDocument.Material material,
            String compound,
            String supplier,
            String originCountry,
            BigDecimal originLatitude,
            BigDecimal originLongitude,
            LocalDate extractedOn,
            boolean criticalRawMaterial,
            boolean hazardous,
            BigDecimal recycledShare) {}

    public record CellModel(
            String code,
            String manufacturer,
            CellFormat format,
            String sizeCode,
            Chemistry chemistry,
            String anodeMaterial,
            String electrolyte,
            String separator,
            BigDecimal nominalVoltage,
            BigDecimal capacityAh) {}
}
