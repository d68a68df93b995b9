package org.sidebyside.web.api;

import java.util.List;
import org.sidebyside.web.export.FactRecord;
import org.sidebyside.web.factbase.CompanyView;
import org.sidebyside.web.factbase.SourceView;
import org.sidebyside.web.factbase.TopicView;

/** What the API returns besides facts: plain records with stable field names. */
final class ApiRecords {

    private ApiRecords() {
    }

    record Company(String slug, String name) {
        static Company of(CompanyView c) {
            return new Company(c.slug(), c.name());
        }
    }

    record Topic(String slug, String name, String description, int position) {
        static Topic of(TopicView t) {
            return new Topic(t.slug(), t.name(), t.description(), t.position());
        }
    }

    /** @param published as precise as known, or null; {@code text} only on a single source */
    record Source(String slug, String title, String label, String kind, String author, String publisher,
                  String published, String note, String fileName, String text) {
        static Source of(SourceView s, String text) {
            return new Source(s.slug(), s.title(), s.label(), s.kind(), s.author(), s.publisher(),
                    s.published() == null ? null : s.published().iso(), s.note(), s.fileName(), text);
        }
    }

    /**
     * A search: what was searched (the spelling correction, if one was made), how many facts
     * match ({@code more}: more than that many) and the ranked facts, each with its score (how
     * well it answers, 0 to 1: the larger of how much of the question's words it covers and its
     * similarity in meaning) and citations.
     */
    record Search(String query, String searched, boolean corrected, long total, boolean more, List<SearchHit> facts) {
    }

    record SearchHit(String key, String statement, String company, String topic, double score,
                     List<FactRecord.CitationRecord> citations) {
        static SearchHit of(FactRecord f, double score) {
            return new SearchHit(f.key(), f.statement(), f.company(), f.topic(),
                    Math.round(score * 1000) / 1000.0, f.citations());
        }
    }

    /**
     * Where the sources disagree: each side's facts with their quotes and when they were reported.
     *
     * @param kind time, measure, wording or contradiction
     */
    record Disagreement(String key, String topic, String subject, String kind, String summary, List<Side> sides) {

        record Side(String label, List<org.sidebyside.web.export.FactRecord> facts) {
        }

        static Disagreement of(org.sidebyside.web.factbase.DisagreementView d) {
            return new Disagreement(d.key(), d.topic().slug(), d.subject(), d.kind().code(), d.summary(),
                    d.sides().stream().map(s -> new Side(s.label(),
                            s.facts().stream().map(org.sidebyside.web.export.FactRecord::of).toList())).toList());
        }
    }
}
