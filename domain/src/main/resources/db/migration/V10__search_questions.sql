-- Questions in a student's own words. The spelling correction touches only words the fact
-- base does not know, under any of their forms: a word is known when its English stem is
-- ("relate" is known through "related"), and a correction must be a small edit
-- (fuzzystrmatch's Levenshtein distance) as well as similar (pg_trgm).
create extension if not exists fuzzystrmatch;

alter table search_term add column stem varchar(60)
    generated always as (coalesce((ts_lexize('english_stem', word))[1], word)) stored;
create index search_term_stem_idx on search_term (stem);
