package eu.dbp.passport.web;

import eu.dbp.passport.BatteryEvent;
import eu.dbp.passport.EndOfLifeRecord;
import eu.dbp.passport.PassportRecords;
import eu.dbp.passport.PassportService;
import eu.dbp.passport.Shipment;
import eu.dbp.passport.StorageRecord;
import eu.dbp.passport.TestReport;
import eu.dbp.passport.WorkOrder;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The records a battery gathers over its life. Updates carry the version they were based on; a
 * stale one gets 409.
 */
@Tag(name = "Passport records")
@RestController
@RequestMapping("/api/v1/batteries/{id}")
class RecordsController {

    private final PassportRecords records;
    private final PassportService passports;

    RecordsController(PassportRecords records, PassportService passports) {
        this.records = records;
        this.passports = passports;
    }

    @Operation(summary = "Thermal and safety events, optionally in a time range")
    @GetMapping("/events")
    List<BatteryEvent> events(
            @PathVariable String id,
            @RequestParam(required = false) Instant from,
            @RequestParam(required = false) Instant to) {
        return records.events(id, from, to);
    }

    @PostMapping("/events")
    @ResponseStatus(HttpStatus.CREATED)
    BatteryEvent addEvent(@PathVariable String id, @RequestBody BatteryEvent event) {
        return records.addEvent(id, event);
    }

    @PutMapping("/events/{eventId}")
    BatteryEvent updateEvent(
            @PathVariable String id, @PathVariable long eventId, @RequestBody BatteryEvent event) {
        return records.updateEvent(id, eventId, event);
    }

    @Operation(summary = "Test and diagnostic reports")
    @GetMapping("/tests")
    List<TestReport> tests(@PathVariable String id) {
        return records.tests(id);
    }

    @PostMapping("/tests")
    @ResponseStatus(HttpStatus.CREATED)
    TestReport addTest(@PathVariable String id, @RequestBody TestReport report) {
        return records.addTest(id, report);
    }

    @PutMapping("/tests/{testId}")
    TestReport updateTest(
            @PathVariable String id, @PathVariable long testId, @RequestBody TestReport report) {
        return records.updateTest(id, testId, report);
    }

    @Operation(summary = "Service and repair work orders with replaced parts")
    @GetMapping("/service")
    List<WorkOrder> service(@PathVariable String id) {
        return records.workOrders(id);
    }

    @PostMapping("/service")
    @ResponseStatus(HttpStatus.CREATED)
    WorkOrder addWorkOrder(@PathVariable String id, @RequestBody WorkOrder order) {
        return records.addWorkOrder(id, order);
    }

    @PutMapping("/service/{orderId}")
    WorkOrder updateWorkOrder(
            @PathVariable String id, @PathVariable long orderId, @RequestBody WorkOrder order) {
        return records.updateWorkOrder(id, orderId, order);
    }

    @Operation(summary = "Shipments and custody transfers")
    @GetMapping("/logistics/shipments")
    List<Shipment> shipments(@PathVariable String id) {
        return records.shipments(id);
    }

    @PostMapping("/logistics/shipments")
    @ResponseStatus(HttpStatus.CREATED)
    Shipment addShipment(@PathVariable String id, @RequestBody Shipment shipment) {
        return records.addShipment(id, shipment);
    }

    @PutMapping("/logistics/shipments/{shipmentId}")
    Shipment updateShipment(
            @PathVariable String id,
            @PathVariable long shipmentId,
            @RequestBody Shipment shipment) {
        return records.updateShipment(id, shipmentId, shipment);
    }

    @Operation(summary = "Storage records, including quarantine")
    @GetMapping("/logistics/storage")
    List<StorageRecord> storage(@PathVariable String id) {
        return records.storage(id);
    }

    @PostMapping("/logistics/storage")
    @ResponseStatus(HttpStatus.CREATED)
    StorageRecord addStorage(@PathVariable String id, @RequestBody StorageRecord record) {
        return records.addStorage(id, record);
    }

    @Operation(summary = "End-of-life outcomes with recovered materials and parts")
    @GetMapping("/end-of-life")
    List<EndOfLifeRecord> endOfLife(@PathVariable String id) {
        return passports.endOfLife(id);
    }

    @PostMapping("/end-of-life")
    @ResponseStatus(HttpStatus.CREATED)
    EndOfLifeRecord addEndOfLife(@PathVariable String id, @RequestBody EndOfLifeRecord record) {
        return passports.recordEndOfLife(id, record);
    }
}
