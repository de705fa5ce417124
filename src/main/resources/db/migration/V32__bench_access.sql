-- Permissions for bench runs and the decision module's administrative endpoints (roles are
-- data, see V11).

-- Who may run a disassembly: the owner (manufacturer) and repairers join recyclers and
-- remanufacturers; the grant's purpose still decides for organisations that do not own the pack.
insert into role_permission (role_code, permission_code) values
    ('MANUFACTURER', 'battery.write.disassembly'),
    ('REPAIRER', 'battery.write.disassembly')
on conflict do nothing;

-- Decision parameters and the ML feature export are not for every caller.
insert into permission (code, description) values
    ('decision.admin', 'Change decision thresholds and prices'),
    ('decision.export', 'Export the ML feature table of all batteries');
insert into role_permission (role_code, permission_code) values
    ('ADMIN', 'decision.admin'), ('ADMIN', 'decision.export'), ('AUTHORITY', 'decision.export');
