-- Test and diagnostic reports are their own stage: the manufacturer records compliance tests,
-- repairers and remanufacturers record diagnostics (capacity, resistance, insulation).

insert into permission (code, description) values
    ('battery.write.test', 'Record test and diagnostic reports');

insert into role_permission (role_code, permission_code) values
    ('MANUFACTURER', 'battery.write.test'),
    ('REPAIRER', 'battery.write.test'),
    ('REMANUFACTURER', 'battery.write.test');

insert into purpose_stage (purpose, stage) values
    ('DISMANTLING', 'TEST'), ('REPAIR', 'TEST'), ('REMANUFACTURING', 'TEST');
