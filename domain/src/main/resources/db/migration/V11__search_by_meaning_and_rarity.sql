-- Search by meaning: each fact's sentence embedding, computed in-process by the app from the
-- fact's text (see FactVectors) and kept here so that a restart or another instance need not
-- compute it again. A row is stale when the fact's text or the model changed: text_md5 is the
-- md5 of the text it was computed from. The vector is float32, little-endian, unit length.
create table fact_embedding (
    fact_id     bigint primary key references fact (id) on delete cascade,
    model       varchar(100) not null,
    text_md5    char(32) not null,
    vector      bytea not null,
    computed_at timestamptz not null default now()
);

-- a new or recomputed embedding changes what search finds: every instance reloads its index
create trigger fact_base_changed after insert or update or delete or truncate on fact_embedding
    for each statement execute function notify_fact_base_changed();

-- How many published facts hold each lexeme of the search vector, and how many there are: a
-- question's words are weighted by their rarity (an inverse document frequency) read here in
-- one index lookup each, rather than counted in the fact table for every question (on a large
-- base, counting a common word's facts means reading a bitmap of most of them). Rebuilt from
-- ts_stat whenever the fact base changes (SearchIndexRefresh).
create table search_lexeme (
    lexeme text primary key,
    facts  integer not null
);

create table search_statistics (
    only_row    boolean primary key default true check (only_row),
    facts       integer not null,
    computed_at timestamptz not null default now()
);
