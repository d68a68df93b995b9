-- What a fact says of itself (statement, weighted A) and what it is filed under (context, B),
-- without quotes and notes: a second, smaller index to pick ranking candidates from, so a
-- query matching tens of thousands of facts ranks its strongest matches, not all of them.
alter table fact add column rank_vector tsvector generated always as (
    setweight(to_tsvector('english', statement), 'A') ||
    setweight(to_tsvector('english', search_context), 'B')
) stored;
create index fact_rank_idx on fact using gin (rank_vector);
