-- Full-text search over facts (statement, context, note, quotes) and article text, with a
-- vocabulary for typo-tolerant suggestions (pg_trgm).

create extension if not exists pg_trgm;

-- what a fact is filed under (topic, company, comparison, unit) and the quotes it rests on,
-- kept by the application so the search vector can be a generated column
alter table fact add column search_context text not null default '';
alter table fact add column search_quotes text not null default '';
alter table fact add column search_vector tsvector generated always as (
    setweight(to_tsvector('english', statement), 'A') ||
    setweight(to_tsvector('english', search_context), 'B') ||
    setweight(to_tsvector('english', search_quotes), 'C') ||
    setweight(to_tsvector('english', coalesce(note, '')), 'D')
) stored;
create index fact_search_idx on fact using gin (search_vector);

alter table source add column search_vector tsvector generated always as (
    to_tsvector('english', full_text)
) stored;
create index source_search_idx on source using gin (search_vector);

-- every word that can be found, for "did you mean": a misspelt word is replaced by the
-- most similar known one
create table search_term (
    word varchar(60) primary key
);
create index search_term_trgm_idx on search_term using gin (word gin_trgm_ops);

create function search_terms_of(text) returns setof varchar as $$
    select distinct w::varchar from regexp_split_to_table(lower($1), '[^[:alnum:]]+') w
    where length(w) between 2 and 60
$$ language sql immutable;

create function fact_search_terms() returns trigger as $$
begin
    insert into search_term (word)
    select search_terms_of(new.statement || ' ' || new.search_context || ' ' || new.search_quotes)
    on conflict do nothing;
    return new;
end
$$ language plpgsql;

create trigger fact_search_terms after insert or update of statement, search_context, search_quotes on fact
    for each row execute function fact_search_terms();

create function source_search_terms() returns trigger as $$
begin
    insert into search_term (word) select search_terms_of(new.full_text) on conflict do nothing;
    return new;
end
$$ language plpgsql;

create trigger source_search_terms after insert or update of full_text on source
    for each row execute function source_search_terms();
