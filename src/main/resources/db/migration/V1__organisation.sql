-- Organisations are the economic operators and authorities that own, hold or read passports.
-- The platform owns this table (a shared kernel: every module names organisations); access adds

create table organisation (
    id          bigint generated always as identity primary key,
    code        text        not null unique
                check (code ~ '^[a-z0-9][a-z0-9-]{1,62}$'),
    name        text        not null check (length(name) between 1 and 200),
    kind        text        not null check (kind in (
                    'MANUFACTURER', 'SUPPLIER', 'REPAIRER', 'REMANUFACTURER',
                    'SECOND_LIFE_OPERATOR', 'RECYCLER', 'LOGISTICS_PROVIDER',
                    'MARKET_SURVEILLANCE_AUTHORITY', 'NOTIFIED_BODY', 'COMMISSION',
                    'PLATFORM_OPERATOR')),
    postal_address text,
    web_address    text,
    email          text,
    created_at  timestamptz not null default now()
);

comment on table organisation is
    'Economic operators (manufacturers, repairers, recyclers, ...) and authorities known to DBP.';
comment on column organisation.code is
    'Short stable handle used in URLs and tokens, for example oem1.';
comment on column organisation.postal_address is
    'Single contact point required on the label (Annex VI Part A(1)).';
