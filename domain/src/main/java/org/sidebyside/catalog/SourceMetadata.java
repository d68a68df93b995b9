package org.sidebyside.catalog;

/**
 * What is known about an article besides its text. Only what the article itself (or the
 * brief that supplied it) says: unknown parts stay null.
 *
 * @param reportedFrom for an undated article, the year it was written in or after, as the
 *                     article itself shows (a dated event it calls past); null where unknown
 */
public record SourceMetadata(String label, String title, String kind, String author, String publisher,
                             PartialDate published, String note, Integer reportedFrom) {

    public SourceMetadata {
        label = Texts.require(label, "label", 200);
        title = Texts.optional(title, "title", 300);
        kind = Texts.optional(kind, "kind", 60);
        author = Texts.optional(author, "author", 200);
        publisher = Texts.optional(publisher, "publisher", 200);
        note = Texts.optional(note, "note", 1000);
        if (reportedFrom != null && (reportedFrom < 1990 || reportedFrom > 2100)) {
            throw new IllegalArgumentException("the year an article was written in or after is between 1990 and 2100");
        }
    }

    public SourceMetadata(String label, String title, String kind, String author, String publisher,
                          PartialDate published, String note) {
        this(label, title, kind, author, publisher, published, note, null);
    }

    /**
     * When the article's claims were made, for showing them "as reported in ...": its
     * publication year where known, else the year it was written in or after; empty if neither.
     */
    public java.util.Optional<ReportDate> reported() {
        if (published != null) {
            return java.util.Optional.of(new ReportDate(published.date().getYear(), true));
        }
        return java.util.Optional.ofNullable(reportedFrom).map(y -> new ReportDate(y, false));
    }

    /**
     * The year an article's claims were made in.
     *
     * @param exact true when it is the publication year; false when the article was written in
     *              that year or later
     */
    public record ReportDate(int year, boolean exact) {
    }
}
