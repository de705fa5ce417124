-- Figures the SoX summaries are computed with, kept as data with their source so that an
-- operator can change a boundary without a release and a reader can see where it comes from.

create table sox_threshold (
    code        text          primary key check (code ~ '^[A-Z][A-Z0-9_]{1,62}$'),
    value       numeric(10, 3) not null,
    unit        text          not null check (unit in ('C', 'min', 'V', '%')),
    description text          not null check (length(description) between 1 and 500),
    source      text          not null check (length(source) between 1 and 1000)
);

comment on table sox_threshold is
    'Boundaries used to summarise SoX series (Annex VII Part B, DIN DKE SPEC 99100 6.7.7), with sources.';
comment on column sox_threshold.code is
    'Stable name read by the telemetry module, for example EXTREME_HIGH_TEMPERATURE.';
comment on column sox_threshold.source is
    'Where the figure comes from; [M] marks a modelling assumption rather than a cited rule.';

insert into sox_threshold (code, value, unit, description, source) values
    ('EXTREME_HIGH_TEMPERATURE', 45, 'C',
     'Time at or above this temperature counts as time in extreme high temperature.',
     'DIN DKE SPEC 99100:2025-02 clause 6.7.7 (time in extreme temperature above boundary, minutes); '
     || 'the boundary itself is manufacturer-specific: 45 C is the usual upper operating limit of '
     || 'Li-ion cells [M]'),
    ('EXTREME_LOW_TEMPERATURE', -20, 'C',
     'Time at or below this temperature counts as time in extreme low temperature.',
     'DIN DKE SPEC 99100:2025-02 clause 6.7.7 (time in extreme temperature below boundary, minutes); '
     || 'the boundary itself is manufacturer-specific: -20 C is the usual lower operating limit of '
     || 'Li-ion cells [M]'),
    ('MAX_READING_INTERVAL', 60, 'min',
     'A reading stands for the time until the next one, at most this long: a gap in the series '
     || 'is not counted as time spent at the last temperature.',
     'DBP estimation rule [M]: BMS logs are periodic; longer gaps mean the logger was off');
