-- The passport: one battery's identity, its design tree and the supply chain behind its cells.
--
-- Distribution: every pack-scoped table carries battery_id and has it first in its primary
-- key, so that the schema can be sharded by battery (Citus distribution column) with all of
-- one pack's rows co-located. Supply-chain tables (material_batch, cam_lot, cell_model) are
-- shared by many batteries and would be reference tables.
--
-- Attribute names follow the Battery Pass data model v1.2 where one exists (see
-- docs/decisions/0002-battery-pass-mapping.md).

-- ---------------------------------------------------------------------------------------------
-- Supply chain: material batch -> cathode active material lot -> cell model
-- ---------------------------------------------------------------------------------------------

create table material_batch (
    id                    bigint generated always as identity primary key,
    code                  text    not null unique check (length(code) between 1 and 80),
    owner_org_id          bigint  not null references organisation (id),
    material              text    not null check (material in (
                              'LITHIUM', 'NICKEL', 'COBALT', 'MANGANESE', 'ALUMINIUM', 'IRON',
                              'PHOSPHATE', 'GRAPHITE', 'SILICON', 'COPPER', 'SODIUM',
                              'ELECTROLYTE_SALT', 'SOLVENT', 'SEPARATOR_POLYMER', 'BINDER',
                              'OTHER')),
    compound              text    check (length(compound) <= 120),
    supplier              text    not null check (length(supplier) between 1 and 200),
    origin_country        text    not null check (origin_country ~ '^[A-Z]{2}$'),
    origin_latitude       numeric(9, 6) check (origin_latitude between -90 and 90),
    origin_longitude      numeric(9, 6) check (origin_longitude between -180 and 180),
    extracted_on          date,
    mass_kg               numeric(14, 3) check (mass_kg > 0),
    critical_raw_material boolean not null default false,
    hazardous             boolean not null default false,
    recycled_share_pct    numeric(5, 2) not null default 0
                          check (recycled_share_pct between 0 and 100),
    created_at            timestamptz not null default now(),
    constraint material_batch_geotag_complete
        check ((origin_latitude is null) = (origin_longitude is null))
);

comment on table material_batch is
    'A batch of raw or refined material (lithium, nickel, ...) with its origin: the first link of the traceability chain.';
comment on column material_batch.critical_raw_material is
    'On the EU critical raw materials list (Annex VI Part A(10) counts those above 0.1 % w/w).';
comment on column material_batch.recycled_share_pct is
    'Share of the batch recovered from waste, feeding the recycled-content declaration (Art. 8).';

create table cam_lot (
    id            bigint generated always as identity primary key,
    code          text    not null unique check (length(code) between 1 and 80),
    owner_org_id  bigint  not null references organisation (id),
    chemistry     text    not null check (chemistry in (
                      'NMC111', 'NMC532', 'NMC622', 'NMC712', 'NMC811', 'NCA', 'LFP', 'LMFP',
                      'LMO', 'LCO', 'SODIUM_ION', 'OTHER')),
    composition   text    check (length(composition) <= 200),
    supplier      text    not null check (length(supplier) between 1 and 200),
    produced_on   date,
    mass_kg       numeric(14, 3) check (mass_kg > 0),
    created_at    timestamptz not null default now()
);

comment on table cam_lot is
    'A lot of cathode active material (CAM), made from material batches and used in cells.';
comment on column cam_lot.composition is
    'Formula as declared by the producer, for example LiNi0.8Mn0.1Co0.1O2.';

create table cam_lot_input (
    cam_lot_id         bigint not null references cam_lot (id) on delete restrict,
    material_batch_id  bigint not null references material_batch (id) on delete restrict,
    mass_share_pct     numeric(5, 2) check (mass_share_pct > 0 and mass_share_pct <= 100),
    primary key (cam_lot_id, material_batch_id)
);

comment on table cam_lot_input is 'Which material batches went into a CAM lot.';

create table cell_model (
    id                 bigint generated always as identity primary key,
    code               text    not null unique check (length(code) between 1 and 80),
    owner_org_id       bigint  not null references organisation (id),
    manufacturer       text    not null check (length(manufacturer) between 1 and 200),
    format             text    not null check (format in ('CYLINDRICAL', 'PRISMATIC', 'POUCH')),
    size_code          text    check (length(size_code) <= 40),
    chemistry          text    not null check (chemistry in (
                           'NMC111', 'NMC532', 'NMC622', 'NMC712', 'NMC811', 'NCA', 'LFP',
                           'LMFP', 'LMO', 'LCO', 'SODIUM_ION', 'OTHER')),
    anode_material     text    check (length(anode_material) <= 120),
    electrolyte        text    check (length(electrolyte) <= 120),
    separator          text    check (length(separator) <= 120),
    nominal_voltage_v  numeric(4, 2) not null check (nominal_voltage_v > 0 and nominal_voltage_v <= 5),
    min_voltage_v      numeric(4, 2) check (min_voltage_v >= 0 and min_voltage_v <= 5),
    max_voltage_v      numeric(4, 2) check (max_voltage_v > 0 and max_voltage_v <= 5),
    capacity_ah        numeric(8, 3) not null check (capacity_ah > 0),
    mass_g             numeric(9, 2) not null check (mass_g > 0),
    length_mm          numeric(7, 2) check (length_mm > 0),
    width_mm           numeric(7, 2) check (width_mm > 0),
    height_mm          numeric(7, 2) check (height_mm > 0),
    diameter_mm        numeric(7, 2) check (diameter_mm > 0),
    created_at         timestamptz not null default now(),
    constraint cell_model_voltage_order check (
        (min_voltage_v is null or min_voltage_v <= nominal_voltage_v)
        and (max_voltage_v is null or max_voltage_v >= nominal_voltage_v)),
    constraint cell_model_cylinder_has_diameter
        check (format <> 'CYLINDRICAL' or diameter_mm is not null)
);

comment on table cell_model is
    'A cell design: format, size code (18650, 21700, 4680, ...), chemistry, voltages and capacity.';
comment on column cell_model.anode_material is 'Annex XIII 2(a): materials of the anode.';

-- ---------------------------------------------------------------------------------------------
-- Identity: the battery and its passport
-- ---------------------------------------------------------------------------------------------

create table battery (
    id                           bigint generated always as identity primary key,
    identifier                   text    not null unique
                                 check (identifier ~ '^[A-Za-z0-9][A-Za-z0-9.:/_-]{2,99}$'),
    model                        text    not null check (length(model) between 1 and 200),
    serial_number                text    check (length(serial_number) <= 100),
    category                     text    not null check (category in (
                                     'EV', 'LMT', 'INDUSTRIAL', 'STATIONARY', 'SLI', 'PORTABLE')),
    chemistry                    text    not null check (chemistry in (
                                     'NMC111', 'NMC532', 'NMC622', 'NMC712', 'NMC811', 'NCA', 'LFP',
                                     'LMFP', 'LMO', 'LCO', 'SODIUM_ION', 'OTHER')),
    status                       text    not null default 'ORIGINAL' check (status in (
                                     'ORIGINAL', 'REPURPOSED', 'REUSED', 'REMANUFACTURED', 'WASTE')),
    ceased_at                    timestamptz,
    manufacturer_org_id          bigint  not null references organisation (id),
    responsible_org_id           bigint  not null references organisation (id),
    manufacturing_place          text    not null check (length(manufacturing_place) between 1 and 200),
    manufacturing_country        text    check (manufacturing_country ~ '^[A-Z]{2}$'),
    manufacturing_latitude       numeric(9, 6) check (manufacturing_latitude between -90 and 90),
    manufacturing_longitude      numeric(9, 6) check (manufacturing_longitude between -180 and 180),
    manufacturing_date           date    not null check (manufacturing_date >= date '1990-01-01'),
    putting_into_service_date    date,
    mass_kg                      numeric(9, 3)  not null check (mass_kg > 0 and mass_kg <= 50000),
    rated_capacity_ah            numeric(10, 3) not null check (rated_capacity_ah > 0),
    rated_energy_kwh             numeric(10, 3) not null check (rated_energy_kwh > 0),
    min_voltage_v                numeric(7, 2)  not null check (min_voltage_v >= 0 and min_voltage_v <= 1500),
    nominal_voltage_v            numeric(7, 2)  not null check (nominal_voltage_v > 0 and nominal_voltage_v <= 1500),
    max_voltage_v                numeric(7, 2)  not null check (max_voltage_v > 0 and max_voltage_v <= 1500),
    original_power_w             numeric(12, 1) check (original_power_w > 0),
    max_permitted_power_w        numeric(12, 1) check (max_permitted_power_w > 0),
    expected_lifetime_cycles     integer check (expected_lifetime_cycles > 0),
    expected_lifetime_years      numeric(5, 1) check (expected_lifetime_years > 0),
    capacity_threshold_exhaustion_pct numeric(5, 2)
                                 check (capacity_threshold_exhaustion_pct between 0 and 100),
    idle_temperature_min_c       numeric(5, 1) check (idle_temperature_min_c between -80 and 100),
    idle_temperature_max_c       numeric(5, 1) check (idle_temperature_max_c between -80 and 150),
    extinguishing_agent          text    not null check (length(extinguishing_agent) between 1 and 200),
    critical_raw_materials       text[]  not null default '{}',
    recycled_cobalt_pct          numeric(5, 2) check (recycled_cobalt_pct between 0 and 100),
    recycled_lithium_pct         numeric(5, 2) check (recycled_lithium_pct between 0 and 100),
    recycled_nickel_pct          numeric(5, 2) check (recycled_nickel_pct between 0 and 100),
    recycled_lead_pct            numeric(5, 2) check (recycled_lead_pct between 0 and 100),
    renewable_content_pct        numeric(5, 2) check (renewable_content_pct between 0 and 100),
    carbon_footprint_kg_per_kwh  numeric(9, 3) check (carbon_footprint_kg_per_kwh >= 0),
    carbon_footprint_class       text    check (carbon_footprint_class ~ '^[A-G]$'),
    warranty_months              integer check (warranty_months between 0 and 600),
    initial_round_trip_efficiency_pct numeric(5, 2)
                                 check (initial_round_trip_efficiency_pct between 0 and 100),
    round_trip_efficiency_half_life_pct numeric(5, 2)
                                 check (round_trip_efficiency_half_life_pct between 0 and 100),
    cell_internal_resistance_mohm numeric(10, 3) check (cell_internal_resistance_mohm > 0),
    pack_internal_resistance_mohm numeric(10, 3) check (pack_internal_resistance_mohm > 0),
    cycle_life_test_c_rate       numeric(5, 2) check (cycle_life_test_c_rate > 0 and cycle_life_test_c_rate <= 20),
    separate_collection_symbol   boolean not null default false,
    cadmium_lead_symbol          boolean not null default false,
    assumed_values               boolean not null default false,
    version                      integer not null default 0,
    created_at                   timestamptz not null default now(),
    updated_at                   timestamptz not null default now(),
    constraint battery_voltage_order
        check (min_voltage_v <= nominal_voltage_v and nominal_voltage_v <= max_voltage_v),
    constraint battery_idle_temperature_order
        check (idle_temperature_min_c is null or idle_temperature_max_c is null
               or idle_temperature_min_c < idle_temperature_max_c),
    constraint battery_geotag_complete
        check ((manufacturing_latitude is null) = (manufacturing_longitude is null)),
    constraint battery_service_after_manufacture
        check (putting_into_service_date is null or putting_into_service_date >= manufacturing_date)
);

comment on table battery is
    'One individual battery and its passport (Art. 77). Model-level data is held per battery so that a passport is self-contained.';
comment on column battery.identifier is
    'Unique identifier (Art. 77(3), ISO/IEC 15459 style); immutable, encoded in the QR code.';
comment on column battery.status is
    'Annex XIII 4(c) status, exactly the regulation''s values.';
comment on column battery.ceased_at is
    'Set when the battery has been recycled: the passport ceases (Art. 77(8)) and becomes read-only.';
comment on column battery.responsible_org_id is
    'Economic operator responsible for the passport now; moves on authorisation (Art. 77(4)), repurposing (77(7)) or waste.';
comment on column battery.capacity_threshold_exhaustion_pct is
    'Annex XIII 1(k), EV only: the SoH below which the manufacturer considers the battery exhausted.';
comment on column battery.round_trip_efficiency_half_life_pct is
    'Annex XIII 1(n): round-trip energy efficiency at 50 % of the cycle life.';
comment on column battery.cycle_life_test_c_rate is 'Annex XIII 1(p): C-rate of the relevant cycle-life test.';
comment on column battery.separate_collection_symbol is 'Annex XIII 1(q): carries the separate-collection symbol (Art. 13(4)).';
comment on column battery.assumed_values is
    'True when some values are assumptions for testing (domain fixtures marked [A]), not OEM data.';
comment on column battery.version is 'Optimistic-lock counter; a write with a stale version is refused.';

create index battery_model_idx on battery (lower(model) text_pattern_ops);
create index battery_manufacturer_idx on battery (manufacturer_org_id);
create index battery_filter_idx on battery (category, chemistry, status);

-- Art. 77(7): a repurposed or remanufactured battery gets a new passport linked to its originals.
create table battery_lineage (
    battery_id              bigint not null references battery (id) on delete restrict,
    predecessor_battery_id  bigint not null references battery (id) on delete restrict,
    relation                text   not null check (relation in (
                                'REPURPOSED_FROM', 'REMANUFACTURED_FROM', 'REUSED_FROM',
                                'PREPARED_FOR_REUSE_FROM')),
    created_at              timestamptz not null default now(),
    primary key (battery_id, predecessor_battery_id),
    constraint battery_lineage_not_self check (battery_id <> predecessor_battery_id)
);

comment on table battery_lineage is
    'Links a passport to the passport(s) of the original battery or batteries (Art. 77(7)).';

create table hazardous_substance (
    battery_id         bigint not null references battery (id) on delete cascade,
    id                 bigint generated always as identity,
    name               text   not null check (length(name) between 1 and 200),
    cas_number         text   check (cas_number ~ '^[0-9]{2,7}-[0-9]{2}-[0-9]$'),
    hazard_class       text   check (length(hazard_class) <= 120),
    concentration_pct  numeric(6, 3) check (concentration_pct > 0 and concentration_pct <= 100),
    location           text   check (location in ('CELL', 'MODULE', 'PACK', 'ELECTROLYTE', 'CATHODE', 'ANODE', 'HOUSING', 'OTHER')),
    primary key (battery_id, id)
);

comment on table hazardous_substance is
    'Hazardous substances other than mercury, cadmium and lead (Annex VI Part A(8)).';

create table battery_document (
    battery_id     bigint not null references battery (id) on delete cascade,
    id             bigint generated always as identity,
    document_type  text   not null check (document_type in (
                       'BILL_OF_MATERIAL', 'MODEL_3D', 'DISMANTLING_MANUAL', 'REMOVAL_MANUAL',
                       'OTHER_MANUAL', 'DRAWING', 'DECLARATION_OF_CONFORMITY', 'TEST_REPORT',
                       'SAFETY_INSTRUCTIONS', 'CARBON_FOOTPRINT_STUDY', 'DUE_DILIGENCE_REPORT',
                       'WASTE_PREVENTION_INFORMATION', 'INSTRUCTIONS_FOR_USE')),
    title          text   not null check (length(title) between 1 and 200),
    mime_type      text   not null check (mime_type ~ '^[a-z]+/[A-Za-z0-9.+-]+$'),
    url            text   not null check (url ~ '^https?://'),
    primary key (battery_id, id)
);

comment on table battery_document is
    'Linked documents, as the Battery Pass model carries dismantlingAndRemovalInformation and labels.';

-- ---------------------------------------------------------------------------------------------
-- Design: pack, components, modules, cells, fasteners, joints, connectors, joining sequence
-- ---------------------------------------------------------------------------------------------

create table pack (
    battery_id                  bigint  primary key references battery (id) on delete cascade,
    series_count                integer not null check (series_count between 1 and 1000),
    parallel_count              integer not null check (parallel_count between 1 and 1000),
    cell_to_pack                boolean not null default false,
    housing_material            text    not null check (length(housing_material) between 1 and 120),
    length_mm                   numeric(7, 1) check (length_mm > 0),
    width_mm                    numeric(7, 1) check (width_mm > 0),
    height_mm                   numeric(7, 1) check (height_mm > 0),
    cooling                     text    not null check (cooling in ('AIR', 'LIQUID', 'REFRIGERANT', 'PASSIVE')),
    coolant                     text    check (length(coolant) <= 120),
    coolant_volume_l            numeric(6, 2) check (coolant_volume_l > 0),
    bms                         text    not null check (length(bms) between 1 and 200),
    service_disconnect          text    check (length(service_disconnect) <= 200),
    service_disconnect_location text    check (length(service_disconnect_location) <= 200),
    capacitor_discharge_s       integer check (capacitor_discharge_s between 0 and 3600),
    max_short_circuit_current_a numeric(9, 1) check (max_short_circuit_current_a > 0),
    constraint pack_coolant_named check (cooling not in ('LIQUID', 'REFRIGERANT') or coolant is not null)
);

comment on table pack is 'Pack-level design of a battery: electrical configuration, housing, cooling, BMS and service disconnect.';
comment on column pack.cell_to_pack is 'Cells sit directly in the pack with no module level (cell-to-pack designs).';
comment on column pack.capacitor_discharge_s is 'Manufacturer''s waiting time for link capacitors to discharge after isolation.';
comment on column pack.max_short_circuit_current_a is 'Prospective short-circuit current at the pack terminals, for the arc-flash assessment.';

create table component (
    battery_id     bigint  not null references battery (id) on delete cascade,
    id             bigint  generated always as identity,
    ref            text    not null check (ref ~ '^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$'),
    kind           text    not null check (kind in (
                       'HOUSING', 'LID', 'SEAL', 'SERVICE_DISCONNECT', 'BMS', 'CONTACTOR_BOX',
                       'JUNCTION_BOX', 'HV_CABLE', 'LV_HARNESS', 'SENSE_HARNESS', 'BUSBAR',
                       'COOLING_PLATE', 'COOLANT_CIRCUIT', 'REFRIGERANT_CIRCUIT', 'BRACKET',
                       'MODULE', 'CELL_GROUP', 'THERMAL_PAD', 'FUSE', 'OTHER')),
    name           text    not null check (length(name) between 1 and 200),
    location       text    check (length(location) <= 200),
    high_voltage   boolean not null default false,
    mass_kg        numeric(9, 3) check (mass_kg > 0),
    material       text    check (length(material) <= 120),
    part_number    text    check (length(part_number) <= 100),
    spare_part_source text check (length(spare_part_source) <= 300),
    primary key (battery_id, id),
    unique (battery_id, ref)
);

comment on table component is
    'Every part a technician handles in the pack: housing, lid, service disconnect, BMS, busbars, harnesses, cooling, modules.';
comment on column component.ref is 'Reference unique within the pack, used by joints, connectors and the joining sequence.';
comment on column component.high_voltage is 'Carries or exposes pack or string voltage: touching it needs isolation and live-work precautions.';
comment on column component.part_number is 'Annex XIII 2(b): part number for spare parts.';

create table module (
    battery_id       bigint  not null,
    id               bigint  generated always as identity,
    component_id     bigint  not null,
    serial_number    text    not null check (length(serial_number) between 1 and 100),
    position         integer not null check (position between 1 and 1000),
    series_count     integer not null check (series_count between 1 and 1000),
    parallel_count   integer not null check (parallel_count between 1 and 1000),
    nominal_voltage_v numeric(7, 2) not null check (nominal_voltage_v > 0 and nominal_voltage_v <= 1500),
    mass_kg          numeric(8, 3) check (mass_kg > 0),
    housing          text    not null check (housing in ('OPEN_FRAME', 'BOLTED_CASE', 'WELDED_CASE', 'POTTED', 'PLASTIC_CASE')),
    cell_joining     text    not null check (cell_joining in ('BOLTED', 'SCREWED', 'WELDED', 'ADHESIVE', 'CLIPPED', 'SOLDERED', 'WIRE_BONDED')),
    condition        text    not null default 'IN_SERVICE' check (condition in (
                         'IN_SERVICE', 'REPLACED', 'REMOVED', 'REUSABLE', 'REPURPOSABLE', 'DAMAGED', 'RECYCLED')),
    soh_pct          numeric(5, 2) check (soh_pct between 0 and 100),
    primary key (battery_id, id),
    unique (battery_id, serial_number),
    foreign key (battery_id) references battery (id) on delete cascade,
    foreign key (battery_id, component_id) references component (battery_id, id) on delete restrict
);

comment on table module is 'Serialised module of a pack with its electrical configuration and condition.';
-- A replaced module keeps its row (history) while its successor takes its position.
create unique index module_position_idx on module (battery_id, position) where condition <> 'REPLACED';
comment on column module.cell_joining is 'How cells are joined to the module''s current collectors; drives cell-level disassembly.';
comment on column module.condition is 'Updated by service and disassembly: REPLACED modules left the pack in a repair.';

create table cell (
    battery_id     bigint  not null,
    id             bigint  generated always as identity,
    module_id      bigint,
    cell_model_id  bigint  not null references cell_model (id) on delete restrict,
    cam_lot_id     bigint  not null references cam_lot (id) on delete restrict,
    serial_number  text    not null check (length(serial_number) between 1 and 100),
    position       integer not null check (position between 1 and 100000),
    condition      text    not null default 'IN_SERVICE' check (condition in (
                       'IN_SERVICE', 'REPLACED', 'HARVESTED', 'DAMAGED', 'RECYCLED')),
    primary key (battery_id, id),
    unique (battery_id, serial_number),
    foreign key (battery_id) references battery (id) on delete cascade,
    foreign key (battery_id, module_id) references module (battery_id, id) on delete restrict
);

comment on table cell is
    'Serialised cell, made from one CAM lot and held by at most one module (none in cell-to-pack designs).';
create index cell_module_idx on cell (battery_id, module_id);
create index cell_cam_lot_idx on cell (cam_lot_id);

create table fastener (
    battery_id    bigint  not null references battery (id) on delete cascade,
    id            bigint  generated always as identity,
    ref           text    not null check (ref ~ '^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$'),
    type          text    not null check (type in (
                      'BOLT', 'SCREW', 'NUT', 'THROUGH_BOLT', 'RIVET', 'CLIP', 'STUD', 'CABLE_TIE')),
    size          text    check (length(size) <= 40),
    drive         text    check (drive in ('HEX', 'TORX', 'PHILLIPS', 'POZIDRIV', 'SLOTTED', 'HEX_SOCKET', 'NONE')),
    count         integer not null check (count between 1 and 10000),
    material      text    check (length(material) <= 80),
    torque_nm     numeric(6, 2) check (torque_nm > 0 and torque_nm <= 1000),
    angle_deg     integer check (angle_deg between 0 and 720),
    single_use    boolean not null default false,
    captive       boolean not null default false,
    location      text    check (length(location) <= 200),
    primary key (battery_id, id),
    unique (battery_id, ref)
);

comment on table fastener is 'Fastener specification and count at one location: what a technician must undo and with which tool.';
comment on column fastener.size is 'Thread or head size as specified, for example M6 or 10 mm.';
comment on column fastener.single_use is 'Must be replaced on reassembly (REPLACE policy), for example torque-to-yield bolts.';

create table joint (
    battery_id          bigint  not null,
    id                  bigint  generated always as identity,
    ref                 text    not null check (ref ~ '^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$'),
    type                text    not null check (type in (
                            'BOLTED', 'SCREWED', 'WELDED', 'ADHESIVE', 'CLIPPED', 'SOLDERED', 'WIRE_BONDED')),
    part_id             bigint  not null,
    attached_to_id      bigint  not null,
    fastener_id         bigint,
    location            text    check (length(location) <= 200),
    notes               text    check (length(notes) <= 500),
    primary key (battery_id, id),
    unique (battery_id, ref),
    foreign key (battery_id) references battery (id) on delete cascade,
    foreign key (battery_id, part_id) references component (battery_id, id) on delete restrict,
    foreign key (battery_id, attached_to_id) references component (battery_id, id) on delete restrict,
    foreign key (battery_id, fastener_id) references fastener (battery_id, id) on delete restrict,
    constraint joint_not_self check (part_id <> attached_to_id),
    constraint joint_fastened_types_name_fastener
        check (type not in ('BOLTED', 'SCREWED') or fastener_id is not null)
);

comment on table joint is 'What holds what: a part joined to another part, by which method and fastener.';
comment on column joint.part_id is 'The part released when the joint is undone.';

create table connector (
    battery_id       bigint  not null,
    id               bigint  generated always as identity,
    ref              text    not null check (ref ~ '^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$'),
    type             text    not null check (type in (
                         'HV_MAIN', 'HV_INTERLOCK', 'SERVICE_DISCONNECT', 'LV_SIGNAL', 'LV_SUPPLY',
                         'SENSE_LEAD', 'CHARGE_PORT', 'COOLANT_COUPLING')),
    voltage_class    text    not null check (voltage_class in ('NONE', 'LV', 'HV')),
    rated_voltage_v  numeric(7, 1) check (rated_voltage_v > 0 and rated_voltage_v <= 1500),
    part_id          bigint  not null,
    mates_with_id    bigint,
    location         text    check (length(location) <= 200),
    primary key (battery_id, id),
    unique (battery_id, ref),
    foreign key (battery_id) references battery (id) on delete cascade,
    foreign key (battery_id, part_id) references component (battery_id, id) on delete restrict,
    foreign key (battery_id, mates_with_id) references component (battery_id, id) on delete restrict,
    constraint connector_hv_class check (type not in ('HV_MAIN', 'SERVICE_DISCONNECT') or voltage_class = 'HV')
);

comment on table connector is 'Plug connections (HV, interlock, signal, coolant) that must be separated, with their voltage class.';

create table joining_step (
    battery_id    bigint  not null,
    sequence_no   integer not null check (sequence_no between 1 and 100000),
    joint_id      bigint,
    connector_id  bigint,
    primary key (battery_id, sequence_no),
    foreign key (battery_id) references battery (id) on delete cascade,
    foreign key (battery_id, joint_id) references joint (battery_id, id) on delete cascade,
    foreign key (battery_id, connector_id) references connector (battery_id, id) on delete cascade,
    constraint joining_step_one_target check ((joint_id is null) <> (connector_id is null))
);

comment on table joining_step is
    'The order in which joints were made and connectors mated at assembly; disassembly largely reverses it.';

-- ---------------------------------------------------------------------------------------------
-- Production history, tests, events, service, logistics, end of life
-- ---------------------------------------------------------------------------------------------

create table production_step (
    battery_id     bigint not null references battery (id) on delete cascade,
    id             bigint generated always as identity,
    stage          text   not null check (stage in (
                       'CELL_PRODUCTION', 'MODULE_ASSEMBLY', 'PACK_ASSEMBLY', 'END_OF_LINE_TEST', 'FORMATION')),
    site           text   not null check (length(site) between 1 and 200),
    country        text   check (country ~ '^[A-Z]{2}$'),
    latitude       numeric(9, 6) check (latitude between -90 and 90),
    longitude      numeric(9, 6) check (longitude between -180 and 180),
    started_at     timestamptz not null,
    completed_at   timestamptz,
    primary key (battery_id, id),
    constraint production_step_order check (completed_at is null or completed_at >= started_at),
    constraint production_step_geotag_complete check ((latitude is null) = (longitude is null))
);

comment on table production_step is 'Where and when the cells, modules and pack were produced and assembled.';

create table test_report (
    battery_id               bigint not null references battery (id) on delete cascade,
    id                       bigint generated always as identity,
    test_type                text   not null check (test_type in (
                                 'CAPACITY', 'INTERNAL_RESISTANCE', 'INSULATION', 'UN38_3', 'ABUSE',
                                 'CYCLE_LIFE', 'END_OF_LINE', 'DIAGNOSTIC', 'COMPLIANCE')),
    tested_on                date   not null,
    laboratory               text   not null check (length(laboratory) between 1 and 200),
    standard                 text   check (length(standard) <= 120),
    result                   text   not null check (result in ('PASS', 'FAIL', 'INFO')),
    measured_capacity_ah     numeric(10, 3) check (measured_capacity_ah > 0),
    internal_resistance_mohm numeric(10, 3) check (internal_resistance_mohm > 0),
    insulation_resistance_mohm numeric(12, 3) check (insulation_resistance_mohm > 0),
    soh_pct                  numeric(5, 2) check (soh_pct between 0 and 100),
    document_url             text   check (document_url ~ '^https?://'),
    notes                    text   check (length(notes) <= 1000),
    owner_org_id             bigint not null references organisation (id),
    version                  integer not null default 0,
    primary key (battery_id, id)
);

comment on table test_report is 'Test and diagnostic results; compliance test reports are for authorities only (Annex XIII 3).';

create table battery_event (
    battery_id      bigint not null references battery (id) on delete cascade,
    id              bigint generated always as identity,
    type            text   not null check (type in (
                        'ACCIDENT', 'OVERHEATING', 'DEEP_DISCHARGE', 'OVERCHARGE', 'SWELLING',
                        'WATER_EXPOSURE', 'EXTREME_TEMPERATURE', 'ABNORMAL_SELF_DISCHARGE',
                        'CELL_VOLTAGE_SPREAD', 'MECHANICAL_DAMAGE', 'THERMAL_RUNAWAY',
                        'ISOLATION_FAULT', 'ELECTROLYTE_LEAK')),
    severity        text   not null check (severity in ('LOW', 'MEDIUM', 'HIGH', 'CRITICAL')),
    occurred_at     timestamptz not null,
    duration_min    integer check (duration_min >= 0),
    measured_value  numeric(10, 3),
    unit            text   check (unit in ('C', 'V', 'MV', 'PCT', 'PCT_PER_MONTH', 'G', 'MIN')),
    description     text   check (length(description) <= 1000),
    reported_by_org_id bigint not null references organisation (id),
    version         integer not null default 0,
    primary key (battery_id, id)
);

comment on table battery_event is
    'Thermal and safety events (Annex XIII 4(d) negative events): they drive the hazard assessment and the route decision.';
comment on column battery_event.measured_value is 'Peak or characteristic value, in unit: peak temperature, cell-voltage spread, ...';
create index battery_event_time_idx on battery_event (battery_id, occurred_at);

create table work_order (
    battery_id     bigint not null references battery (id) on delete cascade,
    id             bigint generated always as identity,
    type           text   not null check (type in ('REPAIR', 'MAINTENANCE', 'INSPECTION', 'DIAGNOSIS', 'RECALL')),
    opened_at      timestamptz not null,
    closed_at      timestamptz,
    org_id         bigint not null references organisation (id),
    description    text   not null check (length(description) between 1 and 2000),
    outcome        text   check (outcome in ('COMPLETED', 'NOT_REPAIRABLE', 'CANCELLED')),
    version        integer not null default 0,
    primary key (battery_id, id),
    constraint work_order_order check (closed_at is null or closed_at >= opened_at)
);

comment on table work_order is 'Service and repair work on one battery.';

create table replaced_part (
    battery_id          bigint not null,
    id                  bigint generated always as identity,
    work_order_id       bigint not null,
    part_kind           text   not null check (part_kind in ('MODULE', 'CELL', 'BMS', 'CONTACTOR', 'FUSE', 'HARNESS', 'SEAL', 'OTHER')),
    removed_module_id   bigint,
    installed_module_id bigint,
    removed_cell_id     bigint,
    part_number         text   check (length(part_number) <= 100),
    reason              text   not null check (length(reason) between 1 and 500),
    primary key (battery_id, id),
    foreign key (battery_id, work_order_id) references work_order (battery_id, id) on delete restrict,
    foreign key (battery_id, removed_module_id) references module (battery_id, id) on delete restrict,
    foreign key (battery_id, installed_module_id) references module (battery_id, id) on delete restrict,
    foreign key (battery_id, removed_cell_id) references cell (battery_id, id) on delete restrict,
    constraint replaced_part_module_named check (part_kind <> 'MODULE' or removed_module_id is not null),
    constraint replaced_part_cell_named check (part_kind <> 'CELL' or removed_cell_id is not null)
);

comment on table replaced_part is 'Parts replaced in a work order, linked to the modules or cells they replaced.';

create table shipment (
    battery_id        bigint not null references battery (id) on delete cascade,
    id                bigint generated always as identity,
    from_org_id       bigint not null references organisation (id),
    to_org_id         bigint not null references organisation (id),
    from_location     text   not null check (length(from_location) between 1 and 200),
    to_location       text   not null check (length(to_location) between 1 and 200),
    from_latitude     numeric(9, 6) check (from_latitude between -90 and 90),
    from_longitude    numeric(9, 6) check (from_longitude between -180 and 180),
    to_latitude       numeric(9, 6) check (to_latitude between -90 and 90),
    to_longitude      numeric(9, 6) check (to_longitude between -180 and 180),
    shipped_at        timestamptz not null,
    delivered_at      timestamptz,
    transport_mode    text   not null check (transport_mode in ('ROAD', 'RAIL', 'SEA', 'AIR', 'INTERNAL')),
    un_number         text   check (un_number ~ '^UN[0-9]{4}$'),
    special_provision text   check (special_provision in ('SP376', 'SP377', 'SP188', 'NONE')),
    packaging         text   check (length(packaging) <= 40),
    soc_at_shipment_pct numeric(5, 2) check (soc_at_shipment_pct between 0 and 100),
    custody_transferred boolean not null default true,
    version           integer not null default 0,
    primary key (battery_id, id),
    constraint shipment_order check (delivered_at is null or delivered_at >= shipped_at),
    constraint shipment_no_air_for_damaged check (not (transport_mode = 'AIR' and special_provision = 'SP376')),
    constraint shipment_from_geotag check ((from_latitude is null) = (from_longitude is null)),
    constraint shipment_to_geotag check ((to_latitude is null) = (to_longitude is null))
);

comment on table shipment is 'Transport and custody transfer of a battery between organisations, with dangerous-goods data.';
comment on column shipment.special_provision is 'ADR special provision: SP376 damaged or defective, SP377 for disposal.';

create table storage_record (
    battery_id        bigint not null references battery (id) on delete cascade,
    id                bigint generated always as identity,
    org_id            bigint not null references organisation (id),
    location          text   not null check (length(location) between 1 and 200),
    latitude          numeric(9, 6) check (latitude between -90 and 90),
    longitude         numeric(9, 6) check (longitude between -180 and 180),
    stored_from       timestamptz not null,
    stored_until      timestamptz,
    min_temperature_c numeric(5, 1) check (min_temperature_c between -80 and 100),
    max_temperature_c numeric(5, 1) check (max_temperature_c between -80 and 150),
    quarantine        boolean not null default false,
    version           integer not null default 0,
    primary key (battery_id, id),
    constraint storage_order check (stored_until is null or stored_until >= stored_from),
    constraint storage_geotag check ((latitude is null) = (longitude is null))
);

comment on table storage_record is 'Where a battery was stored and under which conditions; quarantine marks a fire-separated area.';

create table end_of_life_record (
    battery_id     bigint not null references battery (id) on delete cascade,
    id             bigint generated always as identity,
    outcome        text   not null check (outcome in ('REUSED', 'REPURPOSED', 'REMANUFACTURED', 'RECYCLED', 'DISPOSED')),
    recorded_at    timestamptz not null,
    org_id         bigint not null references organisation (id),
    process        text   check (process in ('DIRECT', 'HYDROMETALLURGICAL', 'PYROMETALLURGICAL', 'MECHANICAL', 'NONE')),
    notes          text   check (length(notes) <= 1000),
    successor_battery_id bigint references battery (id),
    primary key (battery_id, id)
);

comment on table end_of_life_record is 'What became of the battery: reuse, repurposing, remanufacturing or recycling.';

create table recovered_material (
    battery_id          bigint not null,
    end_of_life_id      bigint not null,
    element             text   not null check (element in (
                            'LI', 'NI', 'CO', 'MN', 'CU', 'AL', 'FE', 'P', 'GRAPHITE', 'STEEL', 'PLASTIC', 'ELECTROLYTE', 'OTHER')),
    mass_kg             numeric(10, 3) not null check (mass_kg >= 0),
    primary key (battery_id, end_of_life_id, element),
    foreign key (battery_id, end_of_life_id) references end_of_life_record (battery_id, id) on delete cascade
);

comment on table recovered_material is 'Material masses recovered at end of life, per element.';

create table recovered_part (
    battery_id      bigint not null,
    id              bigint generated always as identity,
    end_of_life_id  bigint not null,
    module_id       bigint,
    cell_count      integer check (cell_count >= 0),
    grade           text   not null check (grade in ('REUSABLE', 'REPURPOSABLE', 'RECYCLE_ONLY', 'DAMAGED')),
    soh_pct         numeric(5, 2) check (soh_pct between 0 and 100),
    primary key (battery_id, id),
    foreign key (battery_id, end_of_life_id) references end_of_life_record (battery_id, id) on delete cascade,
    foreign key (battery_id, module_id) references module (battery_id, id) on delete restrict
);

comment on table recovered_part is 'Modules or cells recovered whole, with their grade for the next life.';
