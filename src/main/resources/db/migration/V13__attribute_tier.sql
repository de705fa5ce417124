-- The Annex XIII access tier of every attribute the API returns, as data. Loaded at start from
-- the versioned resource eu/dbp/access/attribute-tiers.csv; a new version of that file adds a
-- new set of rows and the newest version applies.

create table attribute_tier_version (
    version    text        primary key,
    checksum   text        not null,
    loaded_at  timestamptz not null default now()
);
comment on table attribute_tier_version is 'Each loaded version of the attribute tier map.';

create table attribute_tier (
    version     text    not null references attribute_tier_version (version),
    scope       text    not null check (scope ~ '^[a-z][a-z0-9-]{1,40}$'),
    path        text    not null,
    data_point  integer check (data_point between 1 and 71),
    tier        text    not null check (tier in ('PUBLIC', 'LEGITIMATE_INTEREST', 'AUTHORITY')),
    rationale   text    not null,
    primary key (version, scope, path)
);
comment on table attribute_tier is
    'JSON attribute path of an API document -> EC data point and Annex XIII access tier.';
comment on column attribute_tier.scope is
    'document for the passport itself (list, detail, document), else the name of the '
    'sub-resource under /api/v1/batteries/{id}/, e.g. events.';
comment on column attribute_tier.path is
    'Dotted JSON path without array indices; empty for the whole sub-resource. A condition on '
    'a sibling field selects array elements, e.g. documents[documentType=TEST_REPORT].';
comment on column attribute_tier.data_point is
    'Number of the EC guidance data point (ec-datapoints.csv), when one applies.';
