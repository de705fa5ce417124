-- Disassembly runs at the bench. Every table is pack-scoped (battery_id first in the key, as in
-- V2) and append-friendly: a step's outcomes are attempts added one after another, never
-- overwritten; only the run row itself changes (state, lock-out, hold), under optimistic locking.

create table run_hazard (
    code        text    primary key check (code ~ '^[A-Z][A-Z_]{1,39}$'),
    holds_run   boolean not null,
    description text    not null check (length(description) between 1 and 300),
    source      text    not null check (length(source) between 1 and 500)
);

comment on table run_hazard is
    'Hazards an operator may observe during a step; those that hold the run stop further steps until cleared.';
comment on column run_hazard.holds_run is
    'An observation of this hazard puts the run ON_HOLD: no step is recorded until the hold is released.';

insert into run_hazard (code, holds_run, description, source) values
    ('SMOKE', true, 'Smoke from the pack or a module',
     'domain.md 2.6: smoke is a sign of thermal runaway (evergy-safety.com stage 3)'),
    ('HISSING', true, 'Hissing or popping: cells venting',
     'domain.md 2.6: noises such as hissing or popping (ESFI); off-gassing is stage 2 (evergy-safety.com)'),
    ('SWELLING', true, 'A cell or module has changed shape',
     'domain.md 2.6: change in shape (ESFI); never puncture swelling cells (kanecountyil.gov)'),
    ('ODOUR', true, 'Sweet or electrical-burning odour',
     'domain.md 2.6: sweet or electrical-burning odour (ESFI)'),
    ('HEAT', true, 'A part is hotter than its surroundings',
     'domain.md 2.6: abuse and heat precede off-gassing (evergy-safety.com stage 1)'),
    ('SPARK', true, 'Arc or spark at a terminal or busbar',
     'domain.md 2.3-2.4: all work inside a pack is energised work; an arc shows exposed potential'),
    ('ELECTROLYTE_LEAK', true, 'Electrolyte leaking from a cell',
     'domain.md 2.6 and 2.8: leaking (ESFI); LiPF6 forms HF with moisture [M]'),
    ('RESIDUAL_VOLTAGE', true, 'Voltage found where isolation should have removed it',
     'domain.md 2.3: verify absence of voltage and continue verification until work is complete (OSHA 1910.147(d))'),
    ('ISOLATION_FAULT', true, 'Insulation or isolation fault to the housing',
     'domain.md 2.3: the five safety rules (EN 50110-1); isolate before any further work'),
    ('CORROSION', false, 'Corroded fasteners, terminals or busbars',
     'domain.md 5.3: corrosion drives seized fasteners (Hathaway 2023/2024); recorded, does not hold the run'),
    ('DEFORMATION', false, 'Housing or frame deformed',
     'domain.md 5.3: deformation is an end-of-life uncertainty; recorded, does not hold the run');

create table disassembly_run (
    battery_id            bigint  not null references battery (id) on delete restrict,
    id                    bigint  generated always as identity,
    run_ref               uuid    not null unique,
    battery_identifier    text    not null check (length(battery_identifier) between 1 and 100),
    pack_model            text    not null check (length(pack_model) between 1 and 200),
    depth                 text    not null check (depth in ('MODULE', 'CELL')),
    intended_route        text    not null check (intended_route in (
                              'UNDECIDED', 'REPAIR', 'REMANUFACTURE', 'REPURPOSE', 'CELL_HARVEST',
                              'RECYCLING')),
    plan_snapshot         jsonb   not null,
    state                 text    not null default 'IN_PROGRESS'
                          check (state in ('IN_PROGRESS', 'ON_HOLD', 'COMPLETED', 'ABORTED')),
    started_by            text    not null check (length(started_by) between 1 and 200),
    started_by_org        text    check (length(started_by_org) <= 60),
    started_at            timestamptz not null default now(),
    lockout_confirmed_by  text    check (length(lockout_confirmed_by) between 1 and 200),
    lockout_confirmed_at  timestamptz,
    lockout_checklist     jsonb,
    hold_reason           text    check (length(hold_reason) between 1 and 1000),
    hold_since            timestamptz,
    completed_by          text    check (length(completed_by) between 1 and 200),
    completed_at          timestamptz,
    notes                 text    check (length(notes) <= 2000),
    version               integer not null default 0 check (version >= 0),
    primary key (battery_id, id),
    constraint disassembly_run_lockout_complete check (
        (lockout_confirmed_at is null) = (lockout_confirmed_by is null)
        and (lockout_confirmed_at is null) = (lockout_checklist is null)),
    constraint disassembly_run_hold_has_reason check (
        (state = 'ON_HOLD') = (hold_reason is not null and hold_since is not null)),
    constraint disassembly_run_closed_has_time check (
        (state in ('COMPLETED', 'ABORTED')) = (completed_at is not null and completed_by is not null)),
    constraint disassembly_run_order check (completed_at is null or completed_at >= started_at)
);

comment on table disassembly_run is
    'One execution of a disassembly plan on one battery; the plan is kept as the snapshot the run follows.';
comment on column disassembly_run.run_ref is 'Public identifier of the run, used in URLs.';
comment on column disassembly_run.battery_identifier is
    'The battery''s public identifier, kept with the run so that access rules can be applied by run.';
comment on column disassembly_run.plan_snapshot is
    'The plan (planning module''s document) as it was when the run started; later plan changes do not reach the run.';
comment on column disassembly_run.lockout_checklist is
    'The lock-out/tag-out items (the plan''s isolation prompts) the operator ticked; destructive and HV steps need it.';
comment on column disassembly_run.hold_reason is
    'Why the run is ON_HOLD: the hazards observed and the step; cleared by releasing the hold.';
comment on column disassembly_run.version is 'Optimistic-lock counter; every change of the run raises it.';

create index disassembly_run_state_idx on disassembly_run (state, started_at);
create index disassembly_run_battery_idx on disassembly_run (battery_identifier, started_at);
create unique index disassembly_run_one_open_uq on disassembly_run (battery_id)
    where state in ('IN_PROGRESS', 'ON_HOLD');
comment on index disassembly_run_one_open_uq is 'A battery is on one bench at a time: one open run.';

create table run_step (
    battery_id        bigint  not null,
    run_id            bigint  not null,
    step_no           integer not null check (step_no between 1 and 10000),
    step_key          text    not null check (length(step_key) between 1 and 200),
    kind              text    not null check (length(kind) between 1 and 40),
    action            text    not null check (length(action) between 1 and 2000),
    high_voltage      boolean not null,
    destructive       boolean not null,
    safety_step       boolean not null,
    verify_voltage_after boolean not null,
    prerequisites     integer[] not null default '{}',
    fastener_class    text    check (length(fastener_class) <= 120),
    fastener_count    integer not null default 0 check (fastener_count >= 0),
    planned_p50_min   numeric(9, 2) check (planned_p50_min >= 0),
    planned_p90_min   numeric(9, 2) check (planned_p90_min >= 0),
    primary key (battery_id, run_id, step_no),
    foreign key (battery_id, run_id) references disassembly_run (battery_id, id) on delete cascade
);

comment on table run_step is 'The plan''s steps as the run follows them, with their prerequisites and safety flags.';
comment on column run_step.safety_step is
    'Quarantine, isolation or discharge: never skipped, and prerequisite to the steps behind it.';
comment on column run_step.verify_voltage_after is
    'The step opens a string: its DONE outcome must confirm that voltage was verified again (domain.md 2.3).';

create table run_step_outcome (
    battery_id       bigint  not null,
    run_id           bigint  not null,
    step_no          integer not null,
    attempt          integer not null check (attempt between 1 and 100),
    result           text    not null check (result in ('DONE', 'SKIPPED', 'FAILED')),
    duration_min     numeric(9, 2) not null check (duration_min >= 0 and duration_min <= 10000),
    stripped         integer not null default 0 check (stripped >= 0),
    seized           integer not null default 0 check (seized >= 0),
    broken           integer not null default 0 check (broken >= 0),
    damaged_tabs     integer not null default 0 check (damaged_tabs >= 0),
    damaged_busbars  integer not null default 0 check (damaged_busbars >= 0),
    damaged_cells    integer not null default 0 check (damaged_cells >= 0),
    voltage_verified boolean,
    tool_used        text    check (length(tool_used) <= 200),
    notes            text    check (length(notes) <= 2000),
    operator         text    not null check (length(operator) between 1 and 200),
    recorded_at      timestamptz not null default now(),
    primary key (battery_id, run_id, step_no, attempt),
    foreign key (battery_id, run_id, step_no) references run_step (battery_id, run_id, step_no) on delete cascade,
    constraint run_step_outcome_timed check (result = 'SKIPPED' or duration_min > 0)
);

comment on table run_step_outcome is
    'One attempt at a step (domain.md 5.4): time, fastener failures, damage, tool, operator.';
comment on column run_step_outcome.voltage_verified is
    'For steps that open a string: voltage was verified again after the step.';

create table run_step_hazard (
    battery_id  bigint  not null,
    run_id      bigint  not null,
    step_no     integer not null,
    attempt     integer not null,
    hazard      text    not null references run_hazard (code),
    primary key (battery_id, run_id, step_no, attempt, hazard),
    foreign key (battery_id, run_id, step_no, attempt)
        references run_step_outcome (battery_id, run_id, step_no, attempt) on delete cascade
);

comment on table run_step_hazard is 'Hazards observed during an attempt at a step.';

create table run_hold (
    battery_id      bigint  not null,
    run_id          bigint  not null,
    hold_no         integer not null check (hold_no >= 1),
    step_no         integer not null,
    reason          text    not null check (length(reason) between 1 and 1000),
    raised_by       text    not null check (length(raised_by) between 1 and 200),
    raised_at       timestamptz not null default now(),
    released_by     text    check (length(released_by) between 1 and 200),
    released_at     timestamptz,
    release_note    text    check (length(release_note) between 1 and 2000),
    primary key (battery_id, run_id, hold_no),
    foreign key (battery_id, run_id) references disassembly_run (battery_id, id) on delete cascade,
    constraint run_hold_release_complete check (
        (released_at is null) = (released_by is null)
        and (released_at is null) = (release_note is null))
);

comment on table run_hold is
    'Each time observed hazards stopped a run, and who released it with what note (voltage verified again).';

create table run_result (
    battery_id       bigint  not null,
    id               bigint  generated always as identity,
    run_id           bigint  not null,
    kind             text    not null check (kind in ('MATERIAL', 'MODULE', 'CELLS')),
    element          text    check (element in (
                         'LI', 'NI', 'CO', 'MN', 'CU', 'AL', 'FE', 'P', 'GRAPHITE', 'STEEL',
                         'PLASTIC', 'ELECTROLYTE', 'OTHER')),
    mass_kg          numeric(10, 3) check (mass_kg >= 0),
    module_serial    text    check (length(module_serial) <= 100),
    module_condition text    check (module_condition in (
                         'REUSABLE', 'REPURPOSABLE', 'DAMAGED', 'RECYCLED', 'REMOVED')),
    cell_count       integer check (cell_count >= 1),
    grade            text    check (grade in ('REUSABLE', 'REPURPOSABLE', 'RECYCLE_ONLY', 'DAMAGED')),
    soh_pct          numeric(5, 2) check (soh_pct between 0 and 100),
    primary key (battery_id, id),
    foreign key (battery_id, run_id) references disassembly_run (battery_id, id) on delete cascade,
    constraint run_result_shape check (
        (kind = 'MATERIAL' and element is not null and mass_kg is not null
            and module_serial is null and cell_count is null)
        or (kind = 'MODULE' and module_serial is not null and module_condition is not null
            and element is null and cell_count is null)
        or (kind = 'CELLS' and cell_count is not null and grade is not null
            and element is null and module_serial is null))
);

comment on table run_result is
    'What a completed run recovered: material masses, the condition of each module taken out, loose cells by grade.';

create unique index run_result_material_uq on run_result (battery_id, run_id, element) where kind = 'MATERIAL';
create unique index run_result_module_uq on run_result (battery_id, run_id, module_serial) where kind = 'MODULE';
