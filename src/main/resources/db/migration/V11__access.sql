-- Accounts, machine clients, roles and permissions, legitimate-interest grants, written
-- authorisations (Art. 77(4)), login throttling, the token signing key and the access log.
-- Organisations themselves live in V1 (platform); everything here hangs off them.

-- Roles and permissions are data: code asks "does this caller hold permission P", never
-- "is this caller a recycler".
create table permission (
    code        text primary key check (code ~ '^[a-z][a-z0-9.-]{2,80}$'),
    description text not null
);
comment on table permission is 'A single thing a caller may do, checked by the access rules.';

create table role (
    code        text primary key check (code ~ '^[A-Z][A-Z0-9_]{2,40}$'),
    description text not null
);
comment on table role is 'A named bundle of permissions given to accounts and machine clients.';

create table role_permission (
    role_code       text not null references role (code) on delete cascade,
    permission_code text not null references permission (code) on delete cascade,
    primary key (role_code, permission_code)
);
comment on table role_permission is 'Which permissions each role carries.';

insert into permission (code, description) values
    ('battery.create', 'Register a new battery passport as its manufacturer'),
    ('battery.succeed', 'Issue the new passport of a repurposed or remanufactured battery'),
    ('battery.write.design', 'Change design and model data (responsible manufacturer only)'),
    ('battery.write.status', 'Change the status of a battery, e.g. declare it waste'),
    ('battery.write.event', 'Record events such as accidents and deep discharges'),
    ('battery.write.service', 'Record service work orders and replaced parts'),
    ('battery.write.sox', 'Append state-of-charge/health readings'),
    ('battery.write.logistics', 'Record shipments and storage'),
    ('battery.write.disassembly', 'Record disassembly runs and their results'),
    ('battery.write.end-of-life', 'Record end-of-life outcomes and recovered material'),
    ('battery.read.authority', 'Read every tier of every passport (Annex XIII points 2 and 3)'),
    ('audit.read', 'Read the audit trail of any battery'),
    ('audit.verify', 'Verify the hash chain of the audit log'),
    ('access.grant', 'Grant and revoke legitimate interest'),
    ('access.authorise', 'Authorise another operator in writing (Art. 77(4))'),
    ('access.admin', 'Manage accounts and machine clients');

insert into role (code, description) values
    ('ADMIN', 'Platform operator: accounts, machine clients, grants, audit verification'),
    ('MANUFACTURER', 'Economic operator placing batteries on the market'),
    ('REPAIRER', 'Repairs and services batteries'),
    ('REMANUFACTURER', 'Remanufactures batteries or prepares them for re-use'),
    ('SECOND_LIFE_OPERATOR', 'Repurposes batteries, e.g. into stationary storage'),
    ('RECYCLER', 'Dismantles and recycles batteries'),
    ('LOGISTICS', 'Transports and stores batteries'),
    ('AUTHORITY', 'Market surveillance authority, notified body or the Commission'),
    ('MACHINE', 'Machine client such as a BMS gateway: feeds readings of its batteries');

insert into role_permission (role_code, permission_code) values
    ('ADMIN', 'audit.read'), ('ADMIN', 'audit.verify'), ('ADMIN', 'access.grant'),
    ('ADMIN', 'access.admin'),
    ('MANUFACTURER', 'battery.create'), ('MANUFACTURER', 'battery.succeed'),
    ('MANUFACTURER', 'battery.write.design'), ('MANUFACTURER', 'battery.write.status'),
    ('MANUFACTURER', 'battery.write.event'), ('MANUFACTURER', 'battery.write.service'),
    ('MANUFACTURER', 'battery.write.sox'), ('MANUFACTURER', 'battery.write.logistics'),
    ('MANUFACTURER', 'battery.write.end-of-life'), ('MANUFACTURER', 'access.grant'),
    ('MANUFACTURER', 'access.authorise'),
    ('REPAIRER', 'battery.write.service'), ('REPAIRER', 'battery.write.event'),
    ('REMANUFACTURER', 'battery.succeed'), ('REMANUFACTURER', 'battery.write.service'),
    ('REMANUFACTURER', 'battery.write.event'), ('REMANUFACTURER', 'battery.write.disassembly'),
    ('SECOND_LIFE_OPERATOR', 'battery.succeed'), ('SECOND_LIFE_OPERATOR', 'battery.write.event'),
    ('SECOND_LIFE_OPERATOR', 'battery.write.sox'),
    ('RECYCLER', 'battery.write.disassembly'), ('RECYCLER', 'battery.write.end-of-life'),
    ('RECYCLER', 'battery.write.event'), ('RECYCLER', 'battery.write.status'),
    ('LOGISTICS', 'battery.write.logistics'),
    ('AUTHORITY', 'battery.read.authority'), ('AUTHORITY', 'audit.read'),
    ('AUTHORITY', 'audit.verify'),
    ('MACHINE', 'battery.write.sox');

create table account (
    id              bigint generated always as identity primary key,
    username        text        not null unique check (username ~ '^[a-z0-9][a-z0-9._@-]{1,99}$'),
    password_hash   text        not null check (password_hash ~ '^\{[a-z0-9]+\}'),
    organisation_id bigint      not null references organisation (id),
    enabled         boolean     not null default true,
    created_at      timestamptz not null default now()
);
comment on table account is 'Built-in user accounts; each belongs to one organisation.';
comment on column account.password_hash is
    'Delegating-encoder hash with its algorithm prefix, e.g. {bcrypt}; never the password.';

create table account_role (
    account_id bigint not null references account (id) on delete cascade,
    role_code  text   not null references role (code),
    primary key (account_id, role_code)
);
comment on table account_role is 'Roles held by an account.';

create table login_throttle (
    username        text        primary key,
    failures        integer     not null default 0 check (failures >= 0),
    last_failure_at timestamptz,
    locked_until    timestamptz
);
comment on table login_throttle is
    'Failed logins per username (also unknown ones), shared by every instance: after repeated '
    'failures the name is locked for a growing back-off period, even for the right password.';

create table machine_client (
    id              bigint generated always as identity primary key,
    name            text        not null unique check (name ~ '^[a-z0-9][a-z0-9._-]{1,99}$'),
    organisation_id bigint      not null references organisation (id),
    token_hash      text        unique check (token_hash ~ '^[0-9a-f]{64}$'),
    token_issued_at timestamptz,
    revoked_at      timestamptz,
    created_at      timestamptz not null default now()
);
comment on table machine_client is
    'Machines (BMS gateways, robots) that call the API with a revocable bearer token.';
comment on column machine_client.token_hash is
    'SHA-256 (hex) of the current API token; the token itself is shown once and never stored.';

create table machine_client_battery (
    machine_client_id  bigint not null references machine_client (id) on delete cascade,
    battery_identifier text   not null check (length(battery_identifier) between 3 and 100),
    primary key (machine_client_id, battery_identifier)
);
comment on table machine_client_battery is 'The batteries a machine client may feed.';

create table purpose_stage (
    purpose text not null check (purpose in ('DISMANTLING', 'REPAIR', 'REMANUFACTURING',
                'REPURPOSING', 'RECYCLING', 'ENERGY_MARKET_AGGREGATION')),
    stage   text not null,
    primary key (purpose, stage)
);
comment on table purpose_stage is
    'Which lifecycle stages an organisation holding legitimate interest for a purpose may '
    'record on a battery it does not own (Art. 77(2)(c)).';

insert into purpose_stage (purpose, stage) values
    ('DISMANTLING', 'SERVICE'), ('DISMANTLING', 'EVENT'), ('DISMANTLING', 'DISASSEMBLY'),
    ('DISMANTLING', 'END_OF_LIFE'), ('DISMANTLING', 'STATUS'), ('DISMANTLING', 'SUCCESSION'),
    ('REPAIR', 'SERVICE'), ('REPAIR', 'EVENT'),
    ('REMANUFACTURING', 'SERVICE'), ('REMANUFACTURING', 'EVENT'),
    ('REMANUFACTURING', 'DISASSEMBLY'), ('REMANUFACTURING', 'SUCCESSION'),
    ('REPURPOSING', 'EVENT'), ('REPURPOSING', 'DISASSEMBLY'), ('REPURPOSING', 'SUCCESSION'),
    ('RECYCLING', 'EVENT'), ('RECYCLING', 'DISASSEMBLY'), ('RECYCLING', 'END_OF_LIFE'),
    ('RECYCLING', 'STATUS');

create table legitimate_interest_grant (
    id                 bigint generated always as identity primary key,
    organisation_id    bigint      not null references organisation (id),
    purpose            text        not null check (purpose in ('DISMANTLING', 'REPAIR',
                           'REMANUFACTURING', 'REPURPOSING', 'RECYCLING',
                           'ENERGY_MARKET_AGGREGATION')),
    manufacturer_id    bigint      references organisation (id),
    granted_by         text        not null,
    granted_by_org     text,
    granted_at         timestamptz not null default now(),
    expires_at         timestamptz not null,
    revoked_at         timestamptz,
    check (expires_at > granted_at)
);
comment on table legitimate_interest_grant is
    'Access to Annex XIII points 2 and 4 for an organisation, a purpose and a scope, until an '
    'expiry (Art. 77(2)(c)). Scope: the listed batteries, or every battery of manufacturer_id.';
comment on column legitimate_interest_grant.granted_by_org is
    'Organisation code of the granting account; null when granted by the system (demo data).';
comment on column legitimate_interest_grant.manufacturer_id is
    'When set, the grant covers all batteries of this manufacturer; otherwise the listed ones.';

create table legitimate_interest_battery (
    grant_id           bigint not null references legitimate_interest_grant (id) on delete cascade,
    battery_identifier text   not null check (length(battery_identifier) between 3 and 100),
    primary key (grant_id, battery_identifier)
);
create index legitimate_interest_battery_by_battery
    on legitimate_interest_battery (battery_identifier);
comment on table legitimate_interest_battery is 'The batteries a grant covers.';

create table operator_authorisation (
    id                 bigint generated always as identity primary key,
    grantor_id         bigint      not null references organisation (id),
    operator_id        bigint      not null references organisation (id),
    document_reference text        not null check (length(document_reference) between 3 and 300),
    valid_from         timestamptz not null default now(),
    valid_until        timestamptz,
    revoked_at         timestamptz,
    created_by         text        not null,
    created_at         timestamptz not null default now(),
    check (grantor_id <> operator_id),
    check (valid_until is null or valid_until > valid_from)
);
comment on table operator_authorisation is
    'Written authorisation by the responsible economic operator for another operator to keep '
    'its passports on its behalf (Art. 77(4)).';
comment on column operator_authorisation.document_reference is
    'Reference of the signed written authorisation (document number or URL).';

create table operator_authorisation_battery (
    authorisation_id   bigint not null references operator_authorisation (id) on delete cascade,
    battery_identifier text   not null check (length(battery_identifier) between 3 and 100),
    primary key (authorisation_id, battery_identifier)
);
create index operator_authorisation_battery_by_battery
    on operator_authorisation_battery (battery_identifier);
comment on table operator_authorisation_battery is 'The batteries an authorisation covers.';

create table signing_key (
    name       text        primary key,
    secret     bytea       not null check (length(secret) >= 32),
    created_at timestamptz not null default now()
);
comment on table signing_key is
    'HMAC key for the API''s bearer tokens, shared by all instances; created on first start '
    'unless dbp.security.token-secret is configured.';

create table access_log (
    id                 bigint generated always as identity primary key,
    occurred_at        timestamptz not null default now(),
    principal          text        not null,
    organisation       text,
    outcome            text        not null check (outcome in ('RESTRICTED_READ', 'DENIED',
                           'UNAUTHENTICATED', 'GRANTED', 'REVOKED', 'AUTHORISED',
                           'TOKEN_ISSUED', 'LOGIN_FAILED', 'LOCKED')),
    method             text,
    path               text,
    battery_identifier text,
    tier               text check (tier in ('PUBLIC', 'LEGITIMATE_INTEREST', 'AUTHORITY')),
    detail             text,
    request_id         text
);
create index access_log_battery on access_log (battery_identifier, occurred_at)
    where battery_identifier is not null;
comment on table access_log is
    'Every read of restricted passport data, every grant and every denied request.';
