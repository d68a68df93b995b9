-- Where the articles disagree, three things a claim needs beside its quote:
--
-- 1. Anchoring that survives repetition: a quote that stands more than once in its article is
--    recorded with the words just before (prefix) or after it (suffix), as the W3C Web
--    Annotation TextQuoteSelector does; its offsets are those of the occurrence they single out.
alter table citation
    add column quote_prefix varchar(200),
    add column quote_suffix varchar(200);

-- 2. Market context apart from the companies: a fact about a market or a country ("China had a
--    quarter as many credit cards as the US") names the market and no company, and is never
--    paired as a company's figure.
alter table fact
    add column market varchar(80),
    add constraint fact_market_names_no_company check (market is null or company_id is null),
    add constraint fact_market_not_compared check (market is null or comparison is null);

-- 3. Dates that travel with claims: the year an undated article was written in or after, as the
--    article itself shows (a dated event it calls past); a claim without its own date is shown
--    "as reported in" its source's year. Where the publication date is known, that is used.
alter table source
    add column reported_from integer check (reported_from between 1990 and 2100);
