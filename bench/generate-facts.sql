-- Generates :count synthetic published facts from the real ones (the SQL of
-- data-import/src/test/java/org/sidebyside/bench/FactGenerator.java, with the count as the
-- psql variable :count instead of the JDBC parameter): each new fact joins parts of two real
-- statements, takes a real fact's company, topic, search context and quotes, and one citation
-- copied from a real one, so words and their frequencies follow the fact base.
--
--   psql -1 -v ON_ERROR_STOP=1 -v count=100000 -f bench/generate-facts.sql
--
-- Plain SQL only, no psql meta-commands: a Java reader may split this file on a semicolon at
-- the end of a line and run each statement after replacing :count with the number.
with real as (
    select array_agg(f.id order by f.id) as ids,
           array_agg(f.statement order by f.id) as statements,
           array_agg(f.company_id order by f.id) as companies,
           array_agg(f.topic_id order by f.id) as topics,
           array_agg(f.search_context order by f.id) as contexts,
           array_agg(f.search_quotes order by f.id) as quotes,
           count(*)::int as n
    from fact f where f.fact_key not like 'generated-%'
)
insert into fact (fact_key, company_id, topic_id, kind, statement, status, search_context, search_quotes)
select 'generated-' || g,
       real.companies[1 + (g * 7) % real.n],
       real.topics[1 + (g * 7) % real.n],
       'STATEMENT',
       left(split_part(real.statements[1 + (g * 7) % real.n], ',', 1) || ', '
            || real.statements[1 + (g * 13 + 5) % real.n], 500),
       'PUBLISHED',
       real.contexts[1 + (g * 7) % real.n],
       real.quotes[1 + (g * 7) % real.n]
from real, generate_series(1, :count) g;

insert into citation (fact_id, source_id, position, quote, start_offset, end_offset)
select f.id, c.source_id, 1, c.quote, c.start_offset, c.end_offset
from fact f
  join lateral (
      select c.* from citation c
      join fact r on r.id = c.fact_id and r.fact_key not like 'generated-%'
      order by c.id
      offset (substring(f.fact_key from 11)::int * 7) % (select count(*) from citation) limit 1
  ) c on true
where f.fact_key like 'generated-%';

analyze fact;
analyze citation;
analyze search_term;
