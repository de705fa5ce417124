-- Learning: what recorded disassembly outcomes teach the planner.
--
-- step_outcome keeps every recorded outcome; step_time_stats and fastener_stats hold running
-- sufficient statistics, updated in the same transaction with atomic increments so that every
-- application instance reads the same posterior. Models and thresholds are in learning_parameter.

create table learning_parameter (
    key     text    primary key check (key ~ '^[a-z][a-z0-9_.]{0,79}$'),
    value   numeric not null,
    unit    text    not null check (length(unit) between 1 and 20),
    source  text    not null check (length(source) between 1 and 500)
);

comment on table learning_parameter is
    'Priors and thresholds of the learning models, each with its source ([A] = project assumption).';

insert into learning_parameter (key, value, unit, source) values
    ('time.prior_weight', 3, 'runs',
     '[A] the planning prior counts as 3 observed runs (normal-inverse-gamma kappa0); domain.md 5.4 recommends Bayesian updating of log-normal step times'),
    ('time.prior_shape', 3, '-',
     '[A] inverse-gamma shape alpha0 of the log-time variance; its prior mean equals the variance implied by the prior P50/P90'),
    ('review.first_attempt_min', 0.8, 'ratio',
     '[A] steps whose first-attempt success falls below 80 % are flagged; Hathaway et al. 2023 track first-attempt success separately from time (domain.md 3.3, 5.4)'),
    ('review.min_attempts', 5, 'runs',
     '[A] a step is judged only after 5 recorded attempts'),
    ('fastener.prior_failures', 1, 'count',
     '[A] Beta prior: 1 failure in 20 fasteners (5 %) per failure mode'),
    ('fastener.prior_successes', 19, 'count',
     '[A] Beta prior: 19 successes in 20 fasteners'),
    ('fastener.destructive_threshold', 0.25, 'ratio',
     '[A] propose cutting or drilling when the posterior probability that a fastener strips, seizes or breaks exceeds 25 %; industry reports > 20 % damage for corroded screws (domain.md 3.3 [low])'),
    ('fastener.min_handled', 8, 'count',
     '[A] a fastener class is judged only after 8 handled fasteners');

create table step_outcome (
    id                     bigint generated always as identity primary key,
    pack_model             text    not null check (length(pack_model) between 1 and 200),
    step_key               text    not null check (step_key ~ '^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$'),
    fastener_class         text    check (length(fastener_class) between 1 and 120),
    battery_identifier     text    check (length(battery_identifier) between 1 and 100),
    run_ref                text    check (length(run_ref) between 1 and 100),
    minutes                numeric(8, 2) not null check (minutes > 0 and minutes <= 10000),
    planned_p50_min        numeric(8, 2) check (planned_p50_min > 0),
    first_attempt_success  boolean not null,
    fasteners_handled      integer not null default 0 check (fasteners_handled between 0 and 10000),
    stripped               integer not null default 0 check (stripped >= 0),
    seized                 integer not null default 0 check (seized >= 0),
    broken                 integer not null default 0 check (broken >= 0),
    recorded_at            timestamptz not null default now(),
    constraint step_outcome_failures_within_handled
        check (stripped + seized + broken <= fasteners_handled),
    constraint step_outcome_fasteners_have_class
        check (fasteners_handled = 0 or fastener_class is not null)
);

comment on table step_outcome is
    'One recorded outcome of one disassembly step at the bench: time taken, first-attempt success, fastener failures.';
comment on column step_outcome.pack_model is 'The battery model; times are learned per (pack model, step key).';
comment on column step_outcome.step_key is 'Stable key of the plan step, for example lid.unbolt or module.M07.remove.';
comment on column step_outcome.fastener_class is 'Fastener class (type-drive-size) the step undid; failures are learned per class.';
comment on column step_outcome.battery_identifier is 'The pack worked on, when known (distribution key candidate).';
comment on column step_outcome.run_ref is 'Reference of the bench run that recorded the outcome.';
comment on column step_outcome.planned_p50_min is 'The plan''s P50 estimate when the step was run, to compare recorded times with estimates.';
comment on column step_outcome.fasteners_handled is 'How many fasteners the step undid (the trials of the failure model).';

create index step_outcome_step_idx on step_outcome (pack_model, step_key, recorded_at);

create table step_time_stats (
    pack_model        text   not null check (length(pack_model) between 1 and 200),
    step_key          text   not null check (step_key ~ '^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$'),
    observations      integer not null check (observations >= 0),
    sum_log_min       double precision not null,
    sum_log_min_sq    double precision not null check (sum_log_min_sq >= 0),
    first_successes   integer not null check (first_successes >= 0),
    updated_at        timestamptz not null default now(),
    primary key (pack_model, step_key),
    constraint step_time_stats_successes_within check (first_successes <= observations)
);

comment on table step_time_stats is
    'Sufficient statistics of the log-normal time model per (pack model, step key): n, sum of ln(minutes), sum of squares.';
comment on column step_time_stats.first_successes is 'Outcomes that succeeded at the first attempt, for the review flag.';

create table fastener_stats (
    fastener_class  text    primary key check (length(fastener_class) between 1 and 120),
    handled         integer not null check (handled >= 0),
    stripped        integer not null check (stripped >= 0),
    seized          integer not null check (seized >= 0),
    broken          integer not null check (broken >= 0),
    updated_at      timestamptz not null default now(),
    constraint fastener_stats_failures_within check (stripped + seized + broken <= handled)
);

comment on table fastener_stats is
    'Beta-Binomial counts per fastener class: fasteners handled and how many stripped, seized or broke.';
