package org.sidebyside.search;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How many published facts hold each lexeme, and how many there are ({@code search_lexeme},
 * {@code search_statistics}): what weights a question's words by their rarity. Rebuilt as a
 * whole from PostgreSQL's {@code ts_stat} (a second or so for 100,000 facts) in one
 * transaction, so readers see the old figures or the new, never half.
 */
@Service
public class SearchStatistics {

    private final JdbcTemplate jdbc;

    public SearchStatistics(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    public void refresh() {
        // one rebuild at a time across instances (readers are not held up): two at once would
        // each insert every lexeme after the other's delete
        jdbc.execute("select pg_advisory_xact_lock(hashtext('search_statistics'))");
        jdbc.update("delete from search_lexeme");
        jdbc.update("""
                insert into search_lexeme (lexeme, facts)
                select word, ndoc from ts_stat('select search_vector from fact where status = ''PUBLISHED''')""");
        jdbc.update("""
                insert into search_statistics (facts) select count(*) from fact where status = 'PUBLISHED'
                on conflict (only_row) do update set facts = excluded.facts, computed_at = now()""");
    }
}
