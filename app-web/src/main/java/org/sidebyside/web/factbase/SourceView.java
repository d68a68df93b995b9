package org.sidebyside.web.factbase;

import org.sidebyside.catalog.PartialDate;
import org.sidebyside.catalog.SourceMetadata.ReportDate;

/**
 * A source article's metadata (its text is read only by the reader page).
 *
 * @param reported when its claims were made (its publication year, or the year it was written in
 *                 or after); null where the article shows neither
 */
public record SourceView(String slug, String fileName, String label, String title, String kind, String author,
                         String publisher, PartialDate published, String note, ReportDate reported) {

    /** The article's own title, or our label where it has none. */
    public String displayTitle() {
        return title != null ? title : label;
    }
}
