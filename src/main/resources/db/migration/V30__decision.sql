-- Decision support: the rules' thresholds, the chemistry material tables, metal prices, process
-- recovery rates and the regulation's recovery targets, all held as data with their sources so
-- that an administrator changes them without a rebuild. Source tags follow
-- docs: [S] read at the source, [M] general knowledge, [D] derived (method given), [A] assumption.

create table decision_threshold (
    key          text    primary key check (key ~ '^[a-z][a-z0-9_.]{2,79}$'),
    value        numeric(14, 4) not null,
    unit         text    not null check (length(unit) between 1 and 30),
    min_value    numeric(14, 4) not null,
    max_value    numeric(14, 4) not null,
    description  text    not null check (length(description) between 1 and 300),
    source       text    not null check (length(source) between 1 and 500),
    version      integer not null default 0,
    updated_at   timestamptz not null default now(),
    updated_by   text    not null default 'migration' check (length(updated_by) between 1 and 200),
    constraint decision_threshold_range check (min_value <= max_value),
    constraint decision_threshold_value_in_range check (value between min_value and max_value)
);

comment on table decision_threshold is
    'A number the route rules compare facts against (SoH bounds, event severity, costs, times), with its source.';
comment on column decision_threshold.min_value is 'Lowest value an administrator may set; guards against typos such as 800 for 80 %.';
comment on column decision_threshold.max_value is 'Highest value an administrator may set.';
comment on column decision_threshold.version is 'Optimistic-lock counter, raised on every change.';

insert into decision_threshold (key, value, unit, min_value, max_value, description, source) values
('soh.repurpose.upper', 80, '%', 50, 100,
 'SoH below which a pack has reached the end of its first (automotive) life and may be repurposed',
 '[S] Arthur D. Little 2024, "Second life: maximizing lifecycle value of EV batteries" (EoFL at 70-80 % SoH)'),
('soh.repurpose.lower', 60, '%', 30, 90,
 'Lowest SoH for a second life; below it the cells go to recycling',
 '[M] commonly cited lower bound for second life, not verified at a source'),
('soh.module.reuse', 80, '%', 50, 100,
 'Module SoH at or above which a module is rebuilt into a pack (4R Energy rule)',
 '[S] Reuters 2018 on Nissan/Sumitomo 4R Energy: modules > 80 % capacity rebuilt into packs'),
('soh.exhaustion.default', 70, '%', 30, 100,
 'First-life exhaustion threshold when the passport declares none (Annex XIII 1(k))',
 '[S] Arthur D. Little 2024: automotive end of first life at 70-80 % SoH; lower end used'),
('soh.cell_harvest.min', 60, '%', 30, 100,
 'Lowest module SoH from which cells are worth harvesting',
 '[M] aligned with the second-life lower bound'),
('event.severity.block_reuse', 3, 'ordinal', 1, 4,
 'Severity (1 LOW .. 4 CRITICAL) at or above which a safety event rules out every reuse route',
 '[S] NORDEN TemaNord 2024:502 and BAJ guidance: damaged or abused batteries go to recycling; level is DBP policy [A]'),
('event.severity.block_repurpose', 2, 'ordinal', 1, 4,
 'Severity at or above which an accident or deep discharge rules out repurposing',
 '[S] domain.md 4.6: repurpose needs no accident or deep-discharge history; level is DBP policy [A]'),
('cell_spread.max', 0.05, 'V', 0.005, 1,
 'Largest cell-voltage spread accepted for repurposing',
 '[A] DBP default; low spread is an entry condition of repurposing (domain.md 4.6)'),
('resistance_growth.max', 50, '%', 5, 500,
 'Largest internal-resistance growth since the first reading accepted for repurposing (knee proxy)',
 '[A] DBP default; the ageing knee must not be reached (mkbandco.com, domain.md 4.1)'),
('cost.labour', 60, 'EUR/h', 10, 500,
 'Hourly labour cost of a qualified HV technician',
 '[A] DBP default, replace with the site''s rate'),
('cost.pack_to_module', 90, 'EUR', 0, 5000,
 'Cost of taking a pack down to module level',
 '[S] Rosenberg et al. 2022: EUR 80-100 per PHEV system; midpoint'),
('cost.repurpose', 32.75, 'EUR/kWh', 0, 500,
 'Cost of repurposing a pack at pack or module level',
 '[S] Lieskoski et al. 2024, Batteries 10(1):36: 27.2-38.3 EUR/kWh; midpoint'),
('cost.recycling', 20, 'EUR/kWh', -100, 500,
 'Logistics and treatment cost of recycling, before material credits',
 '[D] order of magnitude of the net value range -21.43..+21.91 $/kWh, Lander et al. 2021'),
('cost.repair_parts', 400, 'EUR', 0, 20000,
 'Parts cost of a pack-level repair (BMS, contactor, fuse, seals)',
 '[A] DBP default'),
('time.repair', 6, 'h', 0.1, 200,
 'Labour hours of a pack-level repair including opening and closing the pack',
 '[A] DBP default until bench runs refine it'),
('time.module_swap', 1.5, 'h', 0.1, 50,
 'Labour hours per module exchanged, on top of opening the pack',
 '[A] DBP default until bench runs refine it'),
('time.repurpose', 0.15, 'h/kWh', 0.01, 10,
 'Labour hours per kWh to test, grade and rebuild a pack for second life',
 '[A] DBP default until bench runs refine it'),
('time.cell_harvest', 3, 'min/cell', 0.1, 120,
 'Minutes to free, test and grade one cell',
 '[A] DBP default; cell-level work is rarely economic (Lieskoski et al. 2024)'),
('time.recycling_prep', 4, 'h', 0.1, 200,
 'Labour hours to discharge and dismantle a pack for recycling',
 '[A] DBP default until bench runs refine it'),
('value.reused_pack', 110, 'EUR/kWh', 0, 2000,
 'Market value of a repaired or remanufactured pack per kWh of remaining energy',
 '[D] Reuters 2018: remanufactured Leaf 24 kWh pack JPY 300 000 (~US$2 855) = ~119 $/kWh, at 0.92 EUR/$'),
('value.second_life', 60, 'EUR/kWh', 0, 2000,
 'Value of a repurposed pack per kWh of remaining energy (stationary storage)',
 '[A] DBP default; make it the site''s offer price'),
('value.harvested_cell', 40, 'EUR/kWh', 0, 2000,
 'Value of graded harvested cells per kWh of remaining energy',
 '[A] DBP default'),
('fx.eur_per_usd', 0.92, 'EUR/USD', 0.1, 10,
 'Exchange rate used to express USD prices in EUR',
 '[A] DBP default; update with the day''s rate');

create table chemistry_material (
    chemistry   text not null check (chemistry in (
                    'NMC111', 'NMC532', 'NMC622', 'NMC712', 'NMC811', 'NCA', 'LFP', 'LMFP',
                    'LMO', 'LCO', 'SODIUM_ION', 'OTHER')),
    element     text not null check (element in (
                    'LI', 'NI', 'CO', 'MN', 'CU', 'AL', 'FE', 'P', 'GRAPHITE')),
    kg_per_kwh  numeric(7, 3) not null check (kg_per_kwh >= 0 and kg_per_kwh <= 50),
    basis       text not null check (basis in ('CATHODE', 'CELL')),
    source      text not null check (length(source) between 1 and 500),
    primary key (chemistry, element)
);

comment on table chemistry_material is
    'Mass of each element per kWh of rated energy, by chemistry (domain.md 4.3): the basis of recycling yields.';
comment on column chemistry_material.basis is
    'CATHODE: cathode active material only, theoretical lower bound; CELL: cell-level average (T&E 2020 mix).';

insert into chemistry_material (chemistry, element, kg_per_kwh, basis, source) values
('NMC111', 'LI', 0.12, 'CATHODE', '[D] domain.md 4.3(b): 160 mAh/g at 3.70 V'),
('NMC111', 'NI', 0.34, 'CATHODE', '[D] domain.md 4.3(b)'),
('NMC111', 'CO', 0.34, 'CATHODE', '[D] domain.md 4.3(b)'),
('NMC111', 'MN', 0.32, 'CATHODE', '[D] domain.md 4.3(b)'),
('NMC532', 'LI', 0.11, 'CATHODE', '[D] same method: LiNi0.5Mn0.3Co0.2O2, 170 mAh/g at 3.70 V'),
('NMC532', 'NI', 0.48, 'CATHODE', '[D] same method'),
('NMC532', 'CO', 0.19, 'CATHODE', '[D] same method'),
('NMC532', 'MN', 0.27, 'CATHODE', '[D] same method'),
('NMC622', 'LI', 0.11, 'CATHODE', '[D] domain.md 4.3(b): 175 mAh/g at 3.70 V'),
('NMC622', 'NI', 0.56, 'CATHODE', '[D] domain.md 4.3(b)'),
('NMC622', 'CO', 0.19, 'CATHODE', '[D] domain.md 4.3(b)'),
('NMC622', 'MN', 0.18, 'CATHODE', '[D] domain.md 4.3(b)'),
('NMC712', 'LI', 0.11, 'CATHODE', '[D] same method: LiNi0.7Co0.1Mn0.2O2, 185 mAh/g at 3.67 V'),
('NMC712', 'NI', 0.62, 'CATHODE', '[D] same method'),
('NMC712', 'CO', 0.09, 'CATHODE', '[D] same method'),
('NMC712', 'MN', 0.17, 'CATHODE', '[D] same method'),
('NMC811', 'LI', 0.10, 'CATHODE', '[D] domain.md 4.3(b): 195 mAh/g at 3.65 V'),
('NMC811', 'NI', 0.68, 'CATHODE', '[D] domain.md 4.3(b)'),
('NMC811', 'CO', 0.09, 'CATHODE', '[D] domain.md 4.3(b)'),
('NMC811', 'MN', 0.08, 'CATHODE', '[D] domain.md 4.3(b)'),
('NCA', 'LI', 0.10, 'CATHODE', '[D] domain.md 4.3(b): Ni0.80Co0.15Al0.05, 190 mAh/g at 3.65 V'),
('NCA', 'NI', 0.71, 'CATHODE', '[D] domain.md 4.3(b)'),
('NCA', 'CO', 0.13, 'CATHODE', '[D] domain.md 4.3(b)'),
('LFP', 'LI', 0.09, 'CATHODE', '[D] domain.md 4.3(b): 155 mAh/g at 3.25 V'),
('LFP', 'FE', 0.70, 'CATHODE', '[D] domain.md 4.3(b)'),
('LFP', 'P', 0.39, 'CATHODE', '[D] domain.md 4.3(b)'),
('LMFP', 'LI', 0.08, 'CATHODE', '[D] same method: LiMn0.6Fe0.4PO4, 150 mAh/g at 3.70 V'),
('LMFP', 'MN', 0.38, 'CATHODE', '[D] same method'),
('LMFP', 'FE', 0.26, 'CATHODE', '[D] same method'),
('LMFP', 'P', 0.36, 'CATHODE', '[D] same method'),
('LMO', 'LI', 0.09, 'CATHODE', '[D] same method: LiMn2O4, 110 mAh/g at 4.0 V'),
('LMO', 'MN', 1.38, 'CATHODE', '[D] same method'),
('LCO', 'LI', 0.13, 'CATHODE', '[D] same method: LiCoO2, 145 mAh/g at 3.85 V'),
('LCO', 'CO', 1.08, 'CATHODE', '[D] same method'),
('OTHER', 'LI', 0.10, 'CELL', '[S] T&E 2020 average EV cell mix (Visual Capitalist), per kWh'),
('OTHER', 'NI', 0.48, 'CELL', '[S] T&E 2020 average EV cell mix'),
('OTHER', 'CO', 0.13, 'CELL', '[S] T&E 2020 average EV cell mix'),
('OTHER', 'MN', 0.17, 'CELL', '[S] T&E 2020 average EV cell mix');

-- Copper foil, tabs and busbars, aluminium foil and graphite are cell-level averages shared by
-- every lithium-ion chemistry (sodium-ion cells use aluminium on both sides and hard carbon).
insert into chemistry_material (chemistry, element, kg_per_kwh, basis, source)
select c.chemistry, m.element, m.kg_per_kwh, 'CELL', '[S] T&E 2020 average EV cell mix (domain.md 4.3(a))'
from (values ('NMC111'), ('NMC532'), ('NMC622'), ('NMC712'), ('NMC811'), ('NCA'), ('LFP'),
             ('LMFP'), ('LMO'), ('LCO'), ('OTHER')) as c (chemistry)
cross join (values ('CU', 0.33), ('AL', 0.58), ('GRAPHITE', 0.87)) as m (element, kg_per_kwh);

create table process_recovery (
    process       text not null check (process in ('DIRECT', 'HYDROMETALLURGICAL', 'PYROMETALLURGICAL')),
    element       text not null check (element in (
                      'LI', 'NI', 'CO', 'MN', 'CU', 'AL', 'FE', 'P', 'GRAPHITE')),
    recovery_pct  numeric(5, 2) not null check (recovery_pct between 0 and 100),
    source        text not null check (length(source) between 1 and 500),
    primary key (process, element)
);

comment on table process_recovery is
    'Share of an element a recycling process recovers as saleable material (domain.md 4.4).';

insert into process_recovery (process, element, recovery_pct, source) values
('HYDROMETALLURGICAL', 'NI', 95, '[S] Marcinov et al. 2023: > 99 % leached; 95 % recovered assumed [A]'),
('HYDROMETALLURGICAL', 'CO', 95, '[S] Marcinov et al. 2023: > 99 % leached; 95 % recovered assumed [A]'),
('HYDROMETALLURGICAL', 'MN', 90, '[M] standard description of hydrometallurgy'),
('HYDROMETALLURGICAL', 'LI', 70, '[S] Marcinov et al. 2023: Li losses up to 30 % by co-precipitation'),
('HYDROMETALLURGICAL', 'CU', 95, '[M] copper recovered from the black-mass fraction and foils'),
('HYDROMETALLURGICAL', 'AL', 85, '[M] aluminium recovered mechanically before leaching'),
('HYDROMETALLURGICAL', 'FE', 50, '[M]'),
('HYDROMETALLURGICAL', 'P', 0, '[M]'),
('HYDROMETALLURGICAL', 'GRAPHITE', 0, '[M] graphite is rarely recovered at grade'),
('PYROMETALLURGICAL', 'NI', 95, '[M] Harper et al. 2019: Co-Ni-Cu alloy'),
('PYROMETALLURGICAL', 'CO', 95, '[M] Harper et al. 2019: Co-Ni-Cu alloy'),
('PYROMETALLURGICAL', 'CU', 90, '[M] Harper et al. 2019: Co-Ni-Cu alloy'),
('PYROMETALLURGICAL', 'LI', 0, '[M] Harper et al. 2019: lithium reports to slag'),
('PYROMETALLURGICAL', 'MN', 0, '[M] Harper et al. 2019: manganese reports to slag'),
('PYROMETALLURGICAL', 'AL', 0, '[M] Harper et al. 2019: aluminium reports to slag'),
('PYROMETALLURGICAL', 'FE', 0, '[M]'),
('PYROMETALLURGICAL', 'P', 0, '[M]'),
('PYROMETALLURGICAL', 'GRAPHITE', 0, '[M] burned as reductant'),
('DIRECT', 'LI', 90, '[A] cathode powder reconditioned whole (Ciez and Whitacre 2019); rate assumed'),
('DIRECT', 'NI', 90, '[A] cathode powder reconditioned whole; rate assumed'),
('DIRECT', 'CO', 90, '[A] cathode powder reconditioned whole; rate assumed'),
('DIRECT', 'MN', 90, '[A] cathode powder reconditioned whole; rate assumed'),
('DIRECT', 'FE', 90, '[A] cathode powder reconditioned whole; rate assumed'),
('DIRECT', 'P', 90, '[A] cathode powder reconditioned whole; rate assumed'),
('DIRECT', 'CU', 95, '[M] foils and busbars separated mechanically'),
('DIRECT', 'AL', 85, '[M] foils and housing separated mechanically'),
('DIRECT', 'GRAPHITE', 50, '[A] anode graphite can be relithiated; rate assumed');

create table material_price (
    element     text primary key check (element in (
                    'LI', 'NI', 'CO', 'MN', 'CU', 'AL', 'FE', 'P', 'GRAPHITE')),
    price_per_kg numeric(12, 4) not null check (price_per_kg >= 0 and price_per_kg <= 100000),
    currency    text not null check (currency in ('EUR', 'USD')),
    quoted_on   date not null,
    source      text not null check (length(source) between 1 and 500),
    version     integer not null default 0,
    updated_at  timestamptz not null default now(),
    updated_by  text not null default 'migration' check (length(updated_by) between 1 and 200)
);

comment on table material_price is
    'Price per kg of recovered element (volatile: change it, do not rebuild); domain.md 4.5.';
comment on column material_price.price_per_kg is 'Per kg of the element itself, e.g. lithium metal, not carbonate.';

insert into material_price (element, price_per_kg, currency, quoted_on, source) values
('LI', 74.48, 'USD', date '2024-12-31',
 '[D] lithium carbonate ~US$14 000/t (2024 est., Statista) x 5.32 kg LCE per kg Li'),
('NI', 22.80, 'USD', date '2022-06-30', '[S] LME 3-month nickel ~US$22 800/t mid-2022 (wealthytrails.com)'),
('CO', 30.00, 'USD', date '2025-01-01', '[M] cobalt US$25 000-35 000/t 2024-25, midpoint'),
('CU', 9.00, 'USD', date '2025-01-01', '[M] copper US$8 000-10 000/t 2024-25, midpoint'),
('AL', 2.45, 'USD', date '2025-01-01', '[M] aluminium US$2 200-2 700/t 2024-25, midpoint'),
('MN', 2.00, 'USD', date '2025-01-01', '[A] DBP default, not from a source');

create table recovery_target (
    kind        text not null check (kind in ('MATERIAL_RECOVERY', 'RECYCLING_EFFICIENCY')),
    subject     text not null check (length(subject) between 1 and 40),
    target_pct  numeric(5, 2) not null check (target_pct between 0 and 100),
    deadline    date not null,
    source      text not null check (length(source) between 1 and 500),
    primary key (kind, subject, deadline)
);

comment on table recovery_target is
    'Annex XII targets of Regulation (EU) 2023/1542: the regulation''s floor for any recycling route.';
comment on column recovery_target.subject is 'An element (LI, NI, CO, CU, PB) or a battery family (LITHIUM_BASED).';

insert into recovery_target (kind, subject, target_pct, deadline, source) values
('RECYCLING_EFFICIENCY', 'LITHIUM_BASED', 65, date '2025-12-31', '[S] Annex XII, EC news 2025-07-04'),
('RECYCLING_EFFICIENCY', 'LITHIUM_BASED', 70, date '2030-12-31', '[S] Annex XII, EC news 2025-07-04'),
('MATERIAL_RECOVERY', 'CO', 90, date '2027-12-31', '[S] Annex XII (energyinnovationreview.com)'),
('MATERIAL_RECOVERY', 'CO', 95, date '2031-12-31', '[S] Annex XII (energyinnovationreview.com)'),
('MATERIAL_RECOVERY', 'CU', 90, date '2027-12-31', '[S] Annex XII (energyinnovationreview.com)'),
('MATERIAL_RECOVERY', 'CU', 95, date '2031-12-31', '[S] Annex XII (energyinnovationreview.com)'),
('MATERIAL_RECOVERY', 'NI', 90, date '2027-12-31', '[S] Annex XII (energyinnovationreview.com)'),
('MATERIAL_RECOVERY', 'NI', 95, date '2031-12-31', '[S] Annex XII (energyinnovationreview.com)'),
('MATERIAL_RECOVERY', 'PB', 90, date '2027-12-31', '[S] Annex XII (energyinnovationreview.com)'),
('MATERIAL_RECOVERY', 'PB', 95, date '2031-12-31', '[S] Annex XII (energyinnovationreview.com)'),
('MATERIAL_RECOVERY', 'LI', 50, date '2027-12-31', '[S] Annex XII (waste-management-world.com)'),
('MATERIAL_RECOVERY', 'LI', 80, date '2031-12-31', '[S] Annex XII (waste-management-world.com)');

-- The routes actually applied, pack-scoped and append-only: one row per decision.
create table route_decision (
    battery_id            bigint not null references battery (id) on delete cascade,
    id                    bigint generated always as identity,
    route                 text   not null check (route in (
                              'REPAIR', 'MODULE_REPLACEMENT', 'REPURPOSE', 'CELL_HARVESTING',
                              'DIRECT_RECYCLING', 'WASTE')),
    process               text   check (process in ('DIRECT', 'HYDROMETALLURGICAL', 'PYROMETALLURGICAL')),
    recommended_rank      integer check (recommended_rank between 1 and 10),
    reason                text   not null check (length(reason) between 1 and 1000),
    successor_identifier  text   check (successor_identifier ~ '^[A-Za-z0-9][A-Za-z0-9.:/_-]{2,99}$'),
    decided_by            text   not null check (length(decided_by) between 1 and 200),
    decided_by_org        text   check (length(decided_by_org) <= 60),
    decided_at            timestamptz not null default now(),
    primary key (battery_id, id),
    constraint route_decision_process_only_for_recycling
        check (process is null or route = 'DIRECT_RECYCLING'),
    constraint route_decision_successor_for_new_life
        check ((successor_identifier is not null) = (route in ('MODULE_REPLACEMENT', 'REPURPOSE')))
);

comment on table route_decision is
    'A route applied to a battery (Art. 77(7)-(8)), with who decided, why, and the successor passport if one was issued.';
comment on column route_decision.recommended_rank is
    'Rank the recommendation gave this route when it was applied; 1 = recommended first.';

create index route_decision_latest_idx on route_decision (battery_id, decided_at desc);
