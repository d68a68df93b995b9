package org.sidebyside.web.factbase;

/** A quote and where it stands in its source. The id anchors it in the source reader. */
public record CitationView(long id, SourceView source, String quote, int start, int end) {

    /** The reader's anchor for this quote. */
    public String anchor() {
        return "q" + id;
    }
}
