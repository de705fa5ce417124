-- The latest reading's own values in the per-battery rollup, so that the pack view (read with
-- every passport) is one primary-key lookup. Before, it also read the newest row of the
-- hash-partitioned sox_reading through a lateral join, which PostgreSQL plans across all
-- partitions on every call: the larger part of the passport read's database time, measured.

alter table sox_battery_stats
    add column last_soc_pct            numeric(5, 2) check (last_soc_pct between 0 and 100),
    add column last_temperature_c      numeric(5, 1) check (last_temperature_c between -60 and 200),
    add column last_voltage_v          numeric(7, 2) check (last_voltage_v between 0 and 1500),
    add column last_min_cell_voltage_v numeric(5, 3) check (last_min_cell_voltage_v between 0 and 5),
    add column last_max_cell_voltage_v numeric(5, 3) check (last_max_cell_voltage_v between 0 and 5);

comment on column sox_battery_stats.last_soc_pct is
    'SoC of the reading at last_at (null when that reading carries none), as are the other last_* '
    'columns without an instant of their own.';

update sox_battery_stats s
set last_soc_pct = r.soc_pct,
    last_temperature_c = r.temperature_c,
    last_voltage_v = r.voltage_v,
    last_min_cell_voltage_v = r.min_cell_voltage_v,
    last_max_cell_voltage_v = r.max_cell_voltage_v
from sox_reading r
where r.battery_id = s.battery_id and r.measured_at = s.last_at;
