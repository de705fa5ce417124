-- Disassembly runs at the bench. Every table is pack-scoped (battery_id first in the key, as in
-- V2) and append-friendly: a step's outcomes are attempts added one after another, never
-- overwritten; only the run row itself changes (status, lock-out), under optimistic locking.

create table disassembly_run (
    battery_id            bigint  not null references battery (id) on delete restrict,
    id                    bigint  generated always as identity,
    run_ref               uuid    not null unique,
    pack_model            text    not null check (length(pack_model) between 1 and 200),
    plan_snapshot         jsonb   not null,
    status                text    not null default 'IN_PROGRESS'
                          check (status in ('IN_PROGRESS', 'COMPLETED', 'ABORTED')),
    started_by            text    not null check (length(started_by) between 1 and 200),
    started_by_org        text    check (length(started_by_org) <= 60),
    started_at            timestamptz not null default now(),
    lockout_confirmed_by  text    check (length(lockout_confirmed_by) between 1 and 200),
    lockout_confirmed_at  timestamptz,
    lockout_checklist     text[],
    completed_at          timestamptz,
    version               integer not null default 0,
    primary key (battery_id, id),
    constraint disassembly_run_lockout_complete
        check ((lockout_confirmed_at is null) = (lockout_confirmed_by is null)),
    constraint disassembly_run_closed_has_time
        check ((status = 'IN_PROGRESS') = (completed_at is null)),
    constraint disassembly_run_order check (completed_at is null or completed_at >= started_at)
);

comment on table disassembly_run is
    'One execution of a disassembly plan on one battery; the plan is kept as the snapshot the run follows.';
comment on column disassembly_run.run_ref is 'Public identifier of the run, used in URLs.';
comment on column disassembly_run.plan_snapshot is 'The plan (planning module''s document) as it was when the run started.';
comment on column disassembly_run.lockout_checklist is
    'Items of the lock-out/tag-out checklist the operator confirmed; destructive steps need it.';
comment on column disassembly_run.version is 'Optimistic-lock counter; each recorded step raises it.';

create index disassembly_run_open_idx on disassembly_run (status, started_at);

create table run_step (
    battery_id        bigint  not null,
    run_id            bigint  not null,
    step_no           integer not null check (step_no between 1 and 10000),
    step_key          text    not null check (length(step_key) between 1 and 200),
    kind              text    not null check (length(kind) between 1 and 40),
    action            text    not null check (length(action) between 1 and 1000),
    high_voltage      boolean not null,
    destructive       boolean not null,
    safety_step       boolean not null,
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
    'Isolation, discharge or verification: never skipped, and prerequisite to the steps behind it.';

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
    hazards          text[]  not null default '{}',
    tool_used        text    check (length(tool_used) <= 200),
    notes            text    check (length(notes) <= 2000),
    operator         text    not null check (length(operator) between 1 and 200),
    recorded_at      timestamptz not null default now(),
    primary key (battery_id, run_id, step_no, attempt),
    foreign key (battery_id, run_id, step_no) references run_step (battery_id, run_id, step_no) on delete cascade,
    constraint run_step_outcome_hazards_known check (hazards <@ array[
        'SWELLING', 'ODOUR', 'HEAT', 'SMOKE', 'SPARK', 'ELECTROLYTE_LEAK', 'CORROSION',
        'DEFORMATION', 'RESIDUAL_VOLTAGE', 'ISOLATION_FAULT']::text[])
);

comment on table run_step_outcome is
    'What happened when a step was attempted (domain.md 5.4): time, fastener failures, damage, hazards, tool, operator.';

create table run_result (
    battery_id       bigint  not null,
    id               bigint  generated always as identity,
    run_id           bigint  not null,
    kind             text    not null check (kind in ('MATERIAL', 'MODULE')),
    element          text    check (element in (
                         'LI', 'NI', 'CO', 'MN', 'CU', 'AL', 'FE', 'P', 'GRAPHITE', 'STEEL',
                         'PLASTIC', 'ELECTROLYTE', 'OTHER')),
    mass_kg          numeric(10, 3) check (mass_kg >= 0),
    module_serial    text    check (length(module_serial) <= 100),
    module_condition text    check (module_condition in (
                         'REUSABLE', 'REPURPOSABLE', 'DAMAGED', 'RECYCLED', 'REMOVED')),
    module_soh_pct   numeric(5, 2) check (module_soh_pct between 0 and 100),
    primary key (battery_id, id),
    foreign key (battery_id, run_id) references disassembly_run (battery_id, id) on delete cascade,
    constraint run_result_shape check (
        (kind = 'MATERIAL' and element is not null and mass_kg is not null and module_serial is null)
        or (kind = 'MODULE' and module_serial is not null and module_condition is not null and element is null))
);

comment on table run_result is 'What a completed run recovered: material masses and the condition of each module taken out.';

create unique index run_result_material_uq on run_result (battery_id, run_id, element) where kind = 'MATERIAL';
create unique index run_result_module_uq on run_result (battery_id, run_id, module_serial) where kind = 'MODULE';
