package org.sidebyside.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Searches published facts and the articles. Any text is a valid query:
 * {@code websearch_to_tsquery} never fails on syntax and every value is a bound parameter.
 * Results are ranked by cover density ({@code ts_rank_cd}): matches in the statement weigh
 * most, and query words standing close together beat the same words scattered. When nothing
 * matches, misspelt words are replaced by the nearest known word (pg_trgm) and the search
 * runs again.
 */
@Service
@Transactional(readOnly = true)
public class FactSearch {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final double MIN_SIMILARITY = 0.3;
    /** Counting stops here: the page says "more than 1,000". */
    public static final int COUNT_LIMIT = 1000;
    /**
     * How many matches are ranked: up to this many whose statement or context match, and as
     * many more matching anywhere (statement and context carry most of the rank anyway). For the fact base itself that is every match; on a very
     * large base a query matching most facts still answers in milliseconds.
     */
    static final int CANDIDATES = 500;
    private static final String HEADLINE = "StartSel=\u0001, StopSel=\u0002, HighlightAll=true";
    private static final String SNIPPET = "StartSel=\u0001, StopSel=\u0002, MaxFragments=2, MaxWords=30, MinWords=12, FragmentDelimiter=\" … \"";

    /** Filters as sub-selects, so that no join is paid for when none is asked for. */
    private static final String FILTERS = """
              and (cast(:company as varchar) is null or f.company_id = (select id from company where slug = :company))
              and (cast(:topic as varchar) is null or f.topic_id = (select id from topic where slug = :topic))
              and (cast(:source as varchar) is null or exists (
                    select 1 from citation c2 where c2.fact_id = f.id
                      and c2.source_id = (select id from source where slug = :source)))
            """;

    private final NamedParameterJdbcTemplate jdbc;

    public FactSearch(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public SearchResults search(SearchQuery query) {
        if (query.isEmpty()) {
            return SearchResults.empty(query);
        }
        SearchResults results = run(query, query.text(), false);
        if (results.total() > 0) {
            return results;
        }
        return correction(query.text()).filter(c -> !c.equalsIgnoreCase(query.text()))
                .map(c -> run(query, c, true))
                .filter(r -> r.total() > 0 || !r.sources().isEmpty())
                .orElse(results);
    }

    private SearchResults run(SearchQuery query, String text, boolean corrected) {
        MapSqlParameterSource p = new MapSqlParameterSource()
                .addValue("q", text)
                .addValue("company", query.company())
                .addValue("topic", query.topic())
                .addValue("source", query.source())
                .addValue("limit", SearchQuery.PAGE_SIZE)
                .addValue("offset", (query.page() - 1) * SearchQuery.PAGE_SIZE)
                .addValue("countLimit", COUNT_LIMIT + 1)
                .addValue("candidates", CANDIDATES)
                .addValue("headline", HEADLINE)
                .addValue("snippet", SNIPPET);
        Long total = jdbc.queryForObject("""
                select count(*) from (
                    select 1 from fact f
                    where f.status = 'PUBLISHED' and f.search_vector @@ websearch_to_tsquery('english', :q)
                """ + FILTERS + """
                    limit :countLimit) matches
                """, p, Long.class);
        List<SearchResults.FactHit> hits = total == null || total == 0 ? List.of() : jdbc.query("""
                with q as (select websearch_to_tsquery('english', :q) as query),
                candidates as (
                    (select f.id, ts_rank_cd(f.search_vector, q.query) as rank from fact f, q
                     where f.status = 'PUBLISHED' and f.rank_vector @@ q.query
                """ + FILTERS + """
                     limit :candidates)
                    union
                    (select f.id, ts_rank_cd(f.search_vector, q.query) as rank from fact f, q
                     where f.status = 'PUBLISHED' and f.search_vector @@ q.query
                """ + FILTERS + """
                     limit :candidates)
                ),
                hits as (
                    select id, rank from candidates order by rank desc, id limit :limit offset :offset
                )
                select f.fact_key, co.slug as company_slug, co.name as company_name, t.slug as topic_slug,
                       t.name as topic_name, ts_headline('english', f.statement, q.query, :headline) as statement, h.rank, best.id as citation_id, best.slug as source_slug, best.title as source_title,
                       ts_headline('english', best.quote, q.query, :headline) as quote
                from hits h
                  join fact f on f.id = h.id
                  join topic t on t.id = f.topic_id
                  left join company co on co.id = f.company_id
                  cross join q
                  cross join lateral (
                      select c.id, c.quote, s.slug, coalesce(s.title, s.label) as title
                      from citation c join source s on s.id = c.source_id
                      where c.fact_id = f.id
                      order by (s.slug = cast(:source as varchar)) desc nulls last,
                               ts_rank(to_tsvector('english', c.quote), q.query) desc, c.position
                      limit 1) best
                order by h.rank desc, f.id
                """, p, (rs, i) -> new SearchResults.FactHit(rs.getString("fact_key"), rs.getString("company_slug"),
                rs.getString("company_name"), rs.getString("topic_slug"), rs.getString("topic_name"),
                rs.getString("statement"), rs.getDouble("rank"), rs.getLong("citation_id"), rs.getString("source_slug"),
                rs.getString("source_title"), rs.getString("quote")));
        List<SearchResults.SourceHit> sources = query.page() > 1 ? List.of() : jdbc.query("""
                with q as (select websearch_to_tsquery('english', :q) as query)
                select s.slug, coalesce(s.title, s.label) as title,
                       ts_headline('english', s.full_text, q.query, :snippet) as snippet
                from source s, q
                where s.search_vector @@ q.query and (cast(:source as varchar) is null or s.slug = :source)
                order by ts_rank(s.search_vector, q.query) desc, s.slug
                """, p, (rs, i) -> new SearchResults.SourceHit(rs.getString("slug"), rs.getString("title"),
                rs.getString("snippet").replaceAll("\\s+", " ").strip()));
        return new SearchResults(query, text, corrected, total == null ? 0 : total, hits, sources);
    }

    /** The query with each unknown word replaced by the most similar known one, if any changed. */
    Optional<String> correction(String text) {
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        Map<String, String> replaced = new LinkedHashMap<>();
        List<String> words = new ArrayList<>();
        while (m.find()) {
            words.add(m.group());
        }
        boolean changed = false;
        StringBuilder out = new StringBuilder();
        for (String word : words) {
            String better = replaced.computeIfAbsent(word, this::nearestKnown);
            changed |= !better.equals(word);
            out.append(out.length() == 0 ? "" : " ").append(better);
        }
        return changed ? Optional.of(out.toString()) : Optional.empty();
    }

    private String nearestKnown(String word) {
        if (word.length() < 3 || word.length() > 60) {
            return word;
        }
        MapSqlParameterSource p = new MapSqlParameterSource("w", word).addValue("min", MIN_SIMILARITY);
        List<String> known = jdbc.queryForList("select word from search_term where word = :w", p, String.class);
        if (!known.isEmpty()) {
            return word;
        }
        List<String> near = jdbc.queryForList("""
                select word from search_term
                where word % :w and similarity(word, :w) >= :min
                order by similarity(word, :w) desc, abs(length(word) - length(:w)), word
                limit 1
                """, p, String.class);
        return near.isEmpty() ? word : near.get(0);
    }
}
