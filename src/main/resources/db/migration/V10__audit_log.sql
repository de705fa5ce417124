-- The append-only, hash-chained change log. Every write to a passport (and to accounts, grants
-- and authorisations) appends one entry in the same transaction as the change. Entries are
-- chained: each carries the hash of the one before, so an entry altered or removed behind the
-- application's back breaks the chain at that point (GET /api/v1/audit/verify finds it).

create table audit_log (
    seq                 bigint      primary key check (seq > 0),
    occurred_at         timestamptz not null,
    principal           text        not null check (length(principal) between 1 and 200),
    organisation        text,
    battery_identifier  text,
    action              text        not null check (action ~ '^[a-z][a-z0-9_.-]{1,99}$'),
    entity              text        not null check (entity ~ '^[a-z][a-z0-9_.-]{1,99}$'),
    entity_id           text,
    before_state        jsonb,
    after_state         jsonb,
    request_id          text        not null check (length(request_id) between 1 and 200),
    prev_hash           text        not null check (prev_hash ~ '^[0-9a-f]{64}$'),
    hash                text        not null unique check (hash ~ '^[0-9a-f]{64}$')
);

create index audit_log_battery on audit_log (battery_identifier, seq)
    where battery_identifier is not null;

comment on table audit_log is
    'Append-only, hash-chained record of every change: who, for which organisation, when, what '
    'changed (before and after) and in which request. UPDATE, DELETE and TRUNCATE are refused.';
comment on column audit_log.seq is
    'Position in the chain, gap-free from 1; appends are serialised by an advisory lock.';
comment on column audit_log.principal is 'Account or machine-client name, or system.';
comment on column audit_log.organisation is 'Code of the organisation the principal acted for.';
comment on column audit_log.battery_identifier is
    'Unique identifier of the battery the change belongs to; null for accounts and grants.';
comment on column audit_log.entity_id is 'Id of the changed record within its battery or entity.';
comment on column audit_log.before_state is 'The record before the change; null on creation.';
comment on column audit_log.after_state is 'The record after the change; null on deletion.';
comment on column audit_log.request_id is 'X-Request-Id of the HTTP request, or a generated id.';
comment on column audit_log.prev_hash is 'Hash of the previous entry; 64 zeros for the first.';
comment on column audit_log.hash is
    'SHA-256 (hex) over prev_hash and every other column, computed by audit_entry_hash().';

-- One definition of the hash, used both to append and to verify. Timestamps enter as epoch
-- microseconds and jsonb as its canonical text, so the result does not depend on session
-- settings such as TimeZone or DateStyle.
create function audit_entry_hash(
    p_seq bigint, p_occurred_at timestamptz, p_principal text, p_organisation text,
    p_battery text, p_action text, p_entity text, p_entity_id text,
    p_before jsonb, p_after jsonb, p_request_id text, p_prev_hash text)
    returns text
    language sql immutable parallel safe
as $$
    select encode(sha256(convert_to(concat_ws(chr(31),
        p_prev_hash,
        p_seq::text,
        (extract(epoch from p_occurred_at) * 1000000)::bigint::text,
        p_principal,
        coalesce(p_organisation, chr(30)),
        coalesce(p_battery, chr(30)),
        p_action,
        p_entity,
        coalesce(p_entity_id, chr(30)),
        coalesce(p_before::text, chr(30)),
        coalesce(p_after::text, chr(30)),
        p_request_id), 'UTF8')), 'hex')
$$;

comment on function audit_entry_hash is 'The chain hash of one audit_log entry.';

create function audit_log_refuse_change() returns trigger
    language plpgsql
as $$
begin
    raise exception 'audit_log is append-only: % refused', tg_op
        using errcode = 'insufficient_privilege';
end
$$;

create trigger audit_log_no_update_or_delete
    before update or delete on audit_log
    for each row execute function audit_log_refuse_change();

create trigger audit_log_no_truncate
    before truncate on audit_log
    for each statement execute function audit_log_refuse_change();

revoke update, delete, truncate on audit_log from public;
