-- The performance data of Annex XIII 4(a) and 4(b) that change over a battery's life and had no
-- column yet: remaining power capability (#53, its fade #54, #63), energy round-trip efficiency
-- (#57, its fade #58, #64) and the self-discharge rate (#65). The rollup keeps the first and the
-- latest value of each, so that fades and evolutions are read with the pack view.

alter table sox_reading
    add column power_capability_w        numeric(10, 1)
        check (power_capability_w > 0 and power_capability_w <= 10000000),
    add column round_trip_efficiency_pct numeric(5, 2)
        check (round_trip_efficiency_pct between 0 and 100),
    add column self_discharge_pct_month  numeric(6, 3)
        check (self_discharge_pct_month between 0 and 100);

comment on column sox_reading.power_capability_w is
    'Remaining power capability measured or estimated by the BMS, W (Annex XIII 4(b), #63).';
comment on column sox_reading.round_trip_efficiency_pct is
    'Remaining energy round-trip efficiency, % (Annex XIII 4(a) #57, 4(b) #64).';
comment on column sox_reading.self_discharge_pct_month is
    'Self-discharge rate, % of capacity per month (Annex XIII 4(b) #65, DIN DKE SPEC 99100 6.7.4.6).';

alter table sox_battery_stats
    add column first_power_capability_w        numeric(10, 1),
    add column first_power_capability_at       timestamptz,
    add column last_power_capability_w         numeric(10, 1),
    add column last_power_capability_at        timestamptz,
    add column first_round_trip_efficiency_pct numeric(5, 2),
    add column first_round_trip_efficiency_at  timestamptz,
    add column last_round_trip_efficiency_pct  numeric(5, 2),
    add column last_round_trip_efficiency_at   timestamptz,
    add column first_self_discharge_pct_month  numeric(6, 3),
    add column first_self_discharge_at         timestamptz,
    add column last_self_discharge_pct_month   numeric(6, 3),
    add column last_self_discharge_at          timestamptz;

comment on column sox_battery_stats.first_power_capability_w is
    'Earliest and (last_*) latest reading that carries a power capability; their ratio is the power fade (#54).';
