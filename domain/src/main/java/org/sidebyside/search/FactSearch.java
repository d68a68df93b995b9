package org.sidebyside.search;

import jakarta.annotation.PreDestroy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Searches published facts and the articles with a question in a student's own words
 * ({@link Question}). Any text is a valid query: phrases become tsqueries through
 * {@code phraseto_tsquery}, which never fails on syntax, and every value is a bound parameter.
 * A fact is a candidate when it has any of the question's terms or is among those nearest to
 * it in meaning ({@link FactVectors}). By words, facts rank by how much of the question they
 * cover, each term weighted by its rarity ({@link SearchStatistics}) and counting more in the
 * statement and what the fact is filed under than in its quotes, and more for the word typed
 * than for its synonyms; a question asking when (or how much) prefers dated facts (or
 * figures); then by cover density ({@code ts_rank_cd}). The ranking by words and the one by
 * meaning are fused ({@link Fusion}). Misspelt words, and only words the fact base does not
 * know, are first replaced by the nearest known word (pg_trgm, Levenshtein).
 */
@Service
@Transactional(readOnly = true)
public class FactSearch {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final double MIN_SIMILARITY = 0.3;
    /**
     * How many matches are ranked: up to this many whose statement or context match, and as
     * many more matching anywhere (statement and context carry most of the rank anyway), with
     * the facts nearest in meaning. For the fact base itself that is every match; on a very
     * large base a question matching most facts still answers in tens of milliseconds, and the
     * page says "more than" the facts it ranked rather than counting every match.
     */
    static final int CANDIDATES = 250;
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

    /**
     * Each term of the question as one tsquery (its phrases OR'ed), with how many facts hold it
     * ({@link SearchStatistics}: an index lookup, not a count); its weight is then its rarity
     * (an inverse document frequency), and all terms OR'ed: a fact need not match every word,
     * and ranks by how much of the question's weight it covers.
     */
    private static final String TERMS = """
            with terms as (
                select i, string_agg('(' || pq::text || ')', ' | ')::tsquery as query,
                       min(plainto_tsquery('english', split_part(term, chr(31), 1))::text) as typed,
                       -- facts holding it, from the statistics: each phrase its rarest lexeme, summed over the phrases
                       sum((select coalesce(min(coalesce(l.facts, 0)), 0)
                            from unnest(tsvector_to_array(to_tsvector('english', phrase))) as x(lexeme)
                              left join search_lexeme l on l.lexeme = x.lexeme)) as df
                from unnest(cast(:terms as text[])) with ordinality as u(term, i)
                  cross join lateral unnest(string_to_array(term, chr(31))) as p(phrase)
                  cross join lateral plainto_tsquery('english', phrase) as pq
                where pq::text <> ''
                group by i
            )
            """;
    /**
     * The terms weighted, and all of them OR'ed with their total weight: what ranking needs.
     * On a large base ({@link #LARGE} facts or more), the facts to rank are those holding one of
     * the question's less common terms (in at most a tenth of the facts), if it has any: a fact
     * sharing only "alibaba" with "alibaba cloud revenue" would rank low anyway, and finding
     * every such fact means reading most of the index.
     */
    private static final String WEIGHTS = """
            , stats as (select coalesce((select facts from search_statistics), 0) as facts),
            weighted as (
                select t.i, t.query, case when t.typed = '' then null else t.typed::tsquery end as typed, t.df,
                       ln(1 + greatest(stats.facts, 1)::float8 / (1 + least(t.df, stats.facts))) as idf
                from terms t cross join stats
            ),
            anyq as (
                select string_agg('(' || query::text || ')', ' | ')::tsquery as query, sum(idf) as total from weighted
            ),
            rarer as (
                select string_agg('(' || w.query::text || ')', ' | ')::tsquery as query
                from weighted w cross join stats
                where stats.facts >= :large and w.df <= stats.facts / 10
            ),
            candidate_query as (select coalesce(rarer.query, anyq.query) as query, rarer.query is not null as narrowed
                                from anyq, rarer)
            """;
    /** All terms OR'ed, unweighted: enough for highlighting matches. */
    private static final String ANY = """
            , anyq as (select string_agg('(' || query::text || ')', ' | ')::tsquery as query from terms)
            """;
    /** From this many published facts on, only the facts holding a less common term are ranked. */
    static final int LARGE = 20_000;

    private final NamedParameterJdbcTemplate jdbc;
    private final FactVectors vectors;
    private final SearchIndexRefresh index;

    private final ExecutorService meaningThreads;

    public FactSearch(NamedParameterJdbcTemplate jdbc, FactVectors vectors, SearchIndexRefresh index) {
        this.jdbc = jdbc;
        this.vectors = vectors;
        this.index = index;
        this.meaningThreads = Executors.newCachedThreadPool(daemons("search-meaning-"));
    }

    /** Daemon threads named with the prefix and a number: none of them keeps the JVM alive. */
    static ThreadFactory daemons(String prefix) {
        CustomizableThreadFactory threads = new CustomizableThreadFactory(prefix);
        threads.setDaemon(true);
        return threads;
    }

    @PreDestroy
    void stop() {
        meaningThreads.shutdownNow();
    }

    public SearchResults search(SearchQuery query) {
        if (query.isEmpty()) {
            return SearchResults.empty(query);
        }
        index.awaitCurrent();
        Question asked = Question.of(query.text());
        Optional<Question> corrected = correction(asked);
        if (corrected.isPresent()) {
            SearchResults results = run(query, corrected.get(), true);
            if (results.total() > 0) {
                return results;
            }
        }
        return run(query, asked, false);
    }

    private SearchResults run(SearchQuery query, Question question, boolean corrected) {
        MapSqlParameterSource p = new MapSqlParameterSource()
                .addValue("terms", termsToSearch(question).toArray(String[]::new))
                .addValue("text", question.text())
                .addValue("expects", question.expects() == null ? null : question.expects().name())
                .addValue("company", query.company())
                .addValue("topic", query.topic())
                .addValue("source", query.source())
                .addValue("limit", SearchQuery.PAGE_SIZE)
                .addValue("offset", (query.page() - 1) * SearchQuery.PAGE_SIZE)
                .addValue("candidates", CANDIDATES)
                .addValue("large", LARGE)
                .addValue("headline", HEADLINE)
                .addValue("snippet", SNIPPET);
        // the nearest in meaning are found while PostgreSQL ranks by words
        CompletableFuture<List<FactVectors.Neighbour>> meaning = question.terms().isEmpty()
                ? CompletableFuture.completedFuture(List.of())
                : CompletableFuture.supplyAsync(() -> vectors.nearest(question.text(), Fusion.MEANING_CANDIDATES,
                        Fusion.MIN_SIMILARITY), meaningThreads);
        List<FactVectors.Neighbour> near = meaning.join();
        p.addValue("near", near.stream().map(FactVectors.Neighbour::factId).toArray(Long[]::new));
        boolean[] more = {false};
        List<Fusion.Lexical> lexical = question.terms().isEmpty() ? List.of() : jdbc.query(TERMS + WEIGHTS + """
                , by_statement as (
                    select f.id from fact f, candidate_query q
                    where f.status = 'PUBLISHED' and f.rank_vector @@ q.query
                """ + FILTERS + """
                    limit :candidates
                ),
                anywhere as (
                    select f.id from fact f, candidate_query q
                    where f.status = 'PUBLISHED' and f.search_vector @@ q.query
                """ + FILTERS + """
                    limit :candidates
                ),
                candidates as (
                    select id from by_statement
                    union
                    select id from anywhere
                    union
                    (select f.id from fact f
                     where f.id = any(cast(:near as bigint[])) and f.status = 'PUBLISHED'
                """ + FILTERS + """
                    )
                ),
                scored as (
                    select c.id, f.search_vector @@ anyq.query as matched,
                           (select coalesce(sum(w.idf * case when f.rank_vector @@ w.query then 1.0 else 0.6 end
                                                      * case when f.search_vector @@ w.typed then 1.0 else 0.7 end), 0)
                            from weighted w where f.search_vector @@ w.query) / nullif(anyq.total, 0)
                           -- "when" asks for a date, "how much" for a figure: such a fact answers better
                           * case when cast(:expects as varchar) = 'DATE' and (f.as_of is not null or f.kind = 'EVENT')
                                    or cast(:expects as varchar) = 'FIGURE' and f.kind = 'FIGURE' then 1.0 else 0.9 end
                           as score
                    from candidates c join fact f on f.id = c.id cross join anyq
                ),
                -- cover density only breaks ties: worked out for the facts that can stand on this page
                -- (as high as the page's last one, ties included), not for every candidate
                threshold as (
                    select coalesce((select score from scored order by score desc
                                     offset :limit + :offset - 1 limit 1), 0) as score
                )
                select s.id, s.matched, coalesce(s.score, 0) as score,
                       (select count(*) from anywhere) >= :candidates or (select narrowed from candidate_query) as more,
                       case when s.score >= threshold.score then ts_rank_cd(f.search_vector, anyq.query) end as rank
                from scored s join fact f on f.id = s.id cross join anyq cross join threshold
                order by s.score desc nulls last, rank desc nulls last, s.id
                """, p, (rs, i) -> {
            more[0] |= rs.getBoolean("more");
            return new Fusion.Lexical(rs.getLong("id"), rs.getBoolean("matched"), rs.getDouble("score"));
        });
        List<Fusion.Ranked> ranked = Fusion.fuse(lexical, near);
        List<Fusion.Ranked> page = ranked.stream().skip((long) (query.page() - 1) * SearchQuery.PAGE_SIZE)
                .limit(SearchQuery.PAGE_SIZE).toList();
        Map<Long, Double> scores = new HashMap<>();
        page.forEach(r -> scores.put(r.id(), r.score()));
        p.addValue("page", page.stream().map(Fusion.Ranked::id).toArray(Long[]::new));
        List<SearchResults.FactHit> hits = page.isEmpty() ? List.of() : jdbc.query(TERMS + ANY + """
                select f.id, f.fact_key, co.slug as company_slug, co.name as company_name, t.slug as topic_slug,
                       t.name as topic_name, f.comparison, ts_headline('english', f.statement, anyq.query, :headline) as statement,
                       best.id as citation_id, best.slug as source_slug, best.title as source_title,
                       ts_headline('english', best.quote, anyq.query, :headline) as quote
                from unnest(cast(:page as bigint[])) with ordinality as h(id, position)
                  join fact f on f.id = h.id
                  join topic t on t.id = f.topic_id
                  left join company co on co.id = f.company_id
                  cross join anyq
                  cross join lateral (
                      select c.id, c.quote, s.slug, coalesce(s.title, s.label) as title
                      from citation c join source s on s.id = c.source_id
                      where c.fact_id = f.id
                      order by (s.slug = cast(:source as varchar)) desc nulls last,
                               ts_rank(to_tsvector('english', c.quote), anyq.query) desc, c.position
                      limit 1) best
                order by h.position
                """, p, (rs, i) -> new SearchResults.FactHit(rs.getString("fact_key"), rs.getString("company_slug"),
                rs.getString("company_name"), rs.getString("topic_slug"), rs.getString("topic_name"),
                rs.getString("comparison"), rs.getString("statement"), scores.get(rs.getLong("id")), rs.getLong("citation_id"),
                rs.getString("source_slug"), rs.getString("source_title"), rs.getString("quote")));
        List<SearchResults.SourceHit> sources = query.page() > 1 ? List.of() : jdbc.query("""
                with q as (select websearch_to_tsquery('english', :text) as query)
                select s.slug, coalesce(s.title, s.label) as title,
                       ts_headline('english', s.full_text, q.query, :snippet) as snippet
                from source s, q
                where s.search_vector @@ q.query and (cast(:source as varchar) is null or s.slug = :source)
                order by ts_rank(s.search_vector, q.query) desc, s.slug
                """, p, (rs, i) -> new SearchResults.SourceHit(rs.getString("slug"), rs.getString("title"),
                rs.getString("snippet").replaceAll("\\s+", " ").strip()));
        return new SearchResults(query, question, corrected, ranked.size(), more[0], hits, sources);
    }

    /**
     * The question's terms, but for a comparison that names both companies ("alibaba or amazon,
     * which is older?") their names: every fact names one of them, and the answer sets the two
     * side by side anyway; what is asked about is the rest.
     */
    private List<String> termsToSearch(Question question) {
        if (!question.comparison()) {
            return question.termsForSearch();
        }
        Set<String> names = new HashSet<>(jdbc.queryForList("select lower(slug) from company union select lower(name) from company",
                new MapSqlParameterSource(), String.class));
        List<List<String>> rest = question.terms().stream().filter(t -> !(t.size() == 1 && names.contains(t.get(0)))).toList();
        boolean namesBoth = question.terms().size() - rest.size() >= 2 && !rest.isEmpty();
        return namesBoth ? rest.stream().map(t -> String.join(String.valueOf(Question.PHRASE_SEPARATOR), t)).toList()
                : question.termsForSearch();
    }

    /**
     * The question with each unknown word replaced by a known one a small edit away, if any
     * was. A word is known when the fact base or the articles have it under any form (its
     * English stem), and stop words ("which", "is") always are: correct spelling is never
     * rewritten.
     */
    Optional<Question> correction(Question asked) {
        Matcher m = WORD.matcher(asked.text());
        List<String> words = new ArrayList<>();
        while (m.find()) {
            words.add(m.group());
        }
        Map<String, String> replaced = new LinkedHashMap<>();
        boolean changed = false;
        List<String> out = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            // "ali pay" and "ali wang wang" are one word of the fact base written apart
            String joined = null;
            for (int n = Math.min(3, words.size() - i); n >= 2 && joined == null; n--) {
                String candidate = String.join("", words.subList(i, i + n));
                if (candidate.length() <= 60 && isKnownExactly(candidate)) {
                    joined = candidate;
                    i += n - 1;
                }
            }
            if (joined != null) {
                out.add(joined);
                changed = true;
                continue;
            }
            String word = words.get(i);
            String better = replaced.computeIfAbsent(word, this::nearestKnown);
            changed |= !better.equals(word);
            out.add(better);
        }
        return changed ? Optional.of(Question.of(String.join(" ", out))) : Optional.empty();
    }

    private boolean isKnownExactly(String word) {
        return Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from search_term where word = :w)",
                new MapSqlParameterSource("w", word), Boolean.class));
    }

    private String nearestKnown(String word) {
        if (word.length() < 3 || word.length() > 60 || !word.chars().allMatch(Character::isLetter)) {
            return word;
        }
        MapSqlParameterSource p = new MapSqlParameterSource("w", word).addValue("min", MIN_SIMILARITY)
                .addValue("edits", word.length() <= 5 ? 1 : 2);
        Boolean known = jdbc.queryForObject("""
                select cardinality(ts_lexize('english_stem', :w)) = 0
                    or exists (select 1 from search_term where word = :w)
                    or exists (select 1 from search_term where stem = (ts_lexize('english_stem', :w))[1])
                """, p, Boolean.class);
        if (Boolean.TRUE.equals(known)) {
            return word;
        }
        // "firephone" is two words of the fact base written together
        for (int cut = 3; cut <= word.length() - 2; cut++) {
            String left = word.substring(0, cut);
            String right = word.substring(cut);
            if (isKnownExactly(left) && isKnownExactly(right) && left.length() >= 3 && right.length() >= 3) {
                return left + " " + right;
            }
        }
        List<String> near = jdbc.queryForList("""
                select word from search_term
                where word % :w and similarity(word, :w) >= :min and levenshtein(word, :w) <= :edits
                order by levenshtein(word, :w), similarity(word, :w) desc, word
                limit 1
                """, p, String.class);
        return near.isEmpty() ? word : near.get(0);
    }
}
