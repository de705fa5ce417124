-- A per-battery rollup of the SoX series, kept up to date on every write, so that the pack
-- view (read with every passport) gets lifetime aggregates in one primary-key lookup instead of
-- a scan over the battery's readings (about 110 ms for a year of 10-minute readings, measured).
-- Every figure is a first, last, lowest or highest value, which merges exactly with a new batch:
-- the write path folds each batch's aggregates in with least/greatest and the instants.

create table sox_battery_stats (
    battery_id           bigint      primary key references battery (id) on delete cascade,
    readings             bigint      not null check (readings >= 0),
    first_at             timestamptz not null,
    last_at              timestamptz not null,
    first_soh_pct        numeric(5, 2),
    first_soh_at         timestamptz,
    last_soh_pct         numeric(5, 2),
    last_soh_at          timestamptz,
    first_internal_resistance_mohm numeric(10, 3),
    first_internal_resistance_at   timestamptz,
    last_internal_resistance_mohm  numeric(10, 3),
    last_internal_resistance_at    timestamptz,
    cycle_count          integer,
    cycle_count_at       timestamptz,
    energy_throughput_kwh numeric(12, 3),
    energy_throughput_at timestamptz,
    max_temperature_c    numeric(5, 1),
    min_temperature_c    numeric(5, 1),
    updated_at           timestamptz not null default now(),
    constraint sox_battery_stats_time_order check (first_at <= last_at),
    constraint sox_battery_stats_temperature_order
        check (min_temperature_c is null or max_temperature_c is null
               or min_temperature_c <= max_temperature_c)
);

comment on table sox_battery_stats is
    'Rollup of sox_reading per battery (lifetime firsts, lasts and extremes) for the pack view; '
    'maintained by the telemetry module on every write, derivable from sox_reading at any time.';
comment on column sox_battery_stats.first_soh_at is
    'Instant of the reading first_soh_pct comes from; lets a later batch of older readings take over.';
comment on column sox_battery_stats.cycle_count is
    'Cycle count of the latest reading that carries one (cycle_count_at).';
