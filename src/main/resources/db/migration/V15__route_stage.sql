-- Applying a chosen end-of-life route (reuse, repurposing, remanufacturing, recycling) moves a
-- battery's lifecycle on: it may issue a successor passport, record the end of life and cease
-- the passport. Its own stage, for the operators that carry such routes out.

insert into permission (code, description) values
    ('battery.write.route', 'Apply a confirmed end-of-life route to a battery');

insert into role_permission (role_code, permission_code) values
    ('MANUFACTURER', 'battery.write.route'),
    ('REMANUFACTURER', 'battery.write.route'),
    ('SECOND_LIFE_OPERATOR', 'battery.write.route'),
    ('RECYCLER', 'battery.write.route');

insert into purpose_stage (purpose, stage) values
    ('DISMANTLING', 'ROUTE'), ('REMANUFACTURING', 'ROUTE'), ('REPURPOSING', 'ROUTE'),
    ('RECYCLING', 'ROUTE');
