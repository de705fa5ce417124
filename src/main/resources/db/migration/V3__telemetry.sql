-- SoX time series: one row per battery and instant, hash-partitioned by battery so that a
-- battery's readings stay together (the same key a Citus cluster would distribute on) and
-- "one battery, a time range" is a primary-key range scan within one partition.

create table sox_reading (
    battery_id              bigint      not null references battery (id) on delete cascade,
    measured_at             timestamptz not null,
    soh_pct                 numeric(5, 2) check (soh_pct between 0 and 100),
    soc_pct                 numeric(5, 2) check (soc_pct between 0 and 100),
    dod_pct                 numeric(5, 2) check (dod_pct between 0 and 100),
    soce_pct                numeric(5, 2) check (soce_pct between 0 and 100),
    temperature_c           numeric(5, 1) check (temperature_c between -60 and 200),
    voltage_v               numeric(7, 2) check (voltage_v between 0 and 1500),
    min_cell_voltage_v      numeric(5, 3) check (min_cell_voltage_v between 0 and 5),
    max_cell_voltage_v      numeric(5, 3) check (max_cell_voltage_v between 0 and 5),
    internal_resistance_mohm numeric(10, 3) check (internal_resistance_mohm > 0),
    cycle_count             integer     check (cycle_count >= 0),
    energy_throughput_kwh   numeric(12, 3) check (energy_throughput_kwh >= 0),
    capacity_throughput_ah  numeric(14, 3) check (capacity_throughput_ah >= 0),
    source                  text        not null default 'BMS' check (source in ('BMS', 'DIAGNOSTIC', 'MANUAL', 'IMPORT')),
    primary key (battery_id, measured_at),
    constraint sox_reading_cell_voltage_order
        check (min_cell_voltage_v is null or max_cell_voltage_v is null or min_cell_voltage_v <= max_cell_voltage_v),
    constraint sox_reading_not_future check (measured_at <= now() + interval '1 day')
) partition by hash (battery_id);

comment on table sox_reading is
    'State-of-X time series per battery (Annex XIII 4(b), 4(d)): SoH, SoC, DoD, temperature, cycles and throughput.';
comment on column sox_reading.soce_pct is 'State of certified energy, the EV state-of-health measure of Annex VII.';
comment on column sox_reading.dod_pct is 'Depth of discharge of the last cycle.';

create table sox_reading_p0 partition of sox_reading for values with (modulus 8, remainder 0);
create table sox_reading_p1 partition of sox_reading for values with (modulus 8, remainder 1);
create table sox_reading_p2 partition of sox_reading for values with (modulus 8, remainder 2);
create table sox_reading_p3 partition of sox_reading for values with (modulus 8, remainder 3);
create table sox_reading_p4 partition of sox_reading for values with (modulus 8, remainder 4);
create table sox_reading_p5 partition of sox_reading for values with (modulus 8, remainder 5);
create table sox_reading_p6 partition of sox_reading for values with (modulus 8, remainder 6);
create table sox_reading_p7 partition of sox_reading for values with (modulus 8, remainder 7);
