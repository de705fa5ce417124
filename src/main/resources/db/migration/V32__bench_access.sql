-- Who may run a disassembly (roles are data, see V11): the owner (manufacturer) and repairers
-- join recyclers and remanufacturers. An organisation that does not own the pack still needs a
-- legitimate-interest grant whose purpose covers the DISASSEMBLY stage.
insert into role_permission (role_code, permission_code) values
    ('MANUFACTURER', 'battery.write.disassembly'),
    ('REPAIRER', 'battery.write.disassembly')
on conflict do nothing;
