package org.sidebyside.web.factbase;

import org.sidebyside.catalog.PartialDate;

/** A source article's metadata (its text is read only by the reader page). */
public record SourceView(String slug, String fileName, String label, String title, String kind, String author,
                         String publisher, PartialDate published, String note) {

    /** The article's own title, or our label where it has none. */
    public String displayTitle() {
        return title != null ? title : label;
    }
}
