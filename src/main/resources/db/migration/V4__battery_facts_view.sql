-- A report view the passport module offers to other modules (the feature export of decision):
-- one row per battery with identity, event counts and the latest end-of-life outcome, so that
-- nobody outside the passport module joins its tables. Counts and masses come as jsonb maps,
-- which stay valid when an event type or element is added.

create view battery_facts as
select b.id as battery_key,
       b.identifier,
       b.model,
       b.category,
       b.chemistry,
       b.status,
       b.ceased_at is not null as ceased,
       extract(year from age(current_date, b.manufacturing_date))::int as age_years,
       b.rated_energy_kwh,
       b.rated_capacity_ah,
       b.mass_kg,
       b.capacity_threshold_exhaustion_pct,
       (select count(*) from module m where m.battery_id = b.id and m.condition <> 'REPLACED') as module_count,
       coalesce(e.counts, '{}'::jsonb) as event_counts,
       coalesce(e.total, 0) as event_total,
       e.max_severity as event_max_severity,
       eol.outcome as eol_outcome,
       eol.process as eol_process,
       coalesce(rm.masses, '{}'::jsonb) as recovered_kg
from battery b
left join lateral (
    select jsonb_object_agg(type, n) as counts, sum(n)::int as total, max(severity_rank) as max_severity
    from (select type, count(*) as n,
                 max(case severity when 'LOW' then 1 when 'MEDIUM' then 2 when 'HIGH' then 3
                                   when 'CRITICAL' then 4 end) as severity_rank
          from battery_event where battery_id = b.id group by type) t) e on true
left join lateral (
    select outcome, process from end_of_life_record where battery_id = b.id
    order by recorded_at desc, id desc limit 1) eol on true
left join lateral (
    select jsonb_object_agg(element, mass_kg) as masses
    from (select element, sum(mass_kg) as mass_kg from recovered_material
          where battery_id = b.id group by element) m) rm on true;

comment on view battery_facts is
    'Per-battery facts for reports outside the passport module: identity, event counts by type (1 LOW .. 4 CRITICAL for the worst severity), latest end-of-life outcome and recovered masses per element.';

-- The key-to-identifier map, for modules that keep pack-scoped data by battery key (telemetry)
-- and report by identifier.
create view battery_identity as
select id as battery_key, identifier from battery;

comment on view battery_identity is 'Battery key and unique identifier, offered to other modules for reports.';
