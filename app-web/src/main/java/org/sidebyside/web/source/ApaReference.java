package org.sidebyside.web.source;

import java.time.format.TextStyle;
import java.util.Locale;
import org.sidebyside.catalog.DatePrecision;
import org.sidebyside.catalog.PartialDate;
import org.sidebyside.web.factbase.SourceView;

/**
 * An APA-style (7th edition) reference built only from what is known of the source:
 * no author moves the title first; no date reads "n.d."; a source without a title of its
 * own is described in square brackets.
 */
public record ApaReference(String author, String date, String title, boolean described, String publisher) {

    static ApaReference of(SourceView s) {
        String title = s.title() != null ? s.title() : s.label();
        return new ApaReference(author(s.author()), date(s.published()), title, s.title() == null, s.publisher());
    }

    /** "Steven Van Belleghem" becomes "Van Belleghem, S.", as APA sets authors; one word stays as it is. */
    static String author(String name) {
        if (name == null) {
            return null;
        }
        String[] words = name.strip().split("\\s+");
        if (words.length < 2) {
            return name.strip();
        }
        return String.join(" ", java.util.Arrays.copyOfRange(words, 1, words.length)) + ", " + words[0].charAt(0) + ".";
    }

    private static String date(PartialDate d) {
        if (d == null) {
            return "n.d.";
        }
        String month = d.date().getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        return d.precision() == DatePrecision.YEAR ? String.valueOf(d.year())
                : d.precision() == DatePrecision.MONTH ? d.year() + ", " + month
                : d.year() + ", " + month + " " + d.date().getDayOfMonth();
    }

    /** The title as it stands in the reference: bracketed when it is our description. */
    public String titleText() {
        return described ? "[" + title + "]" : title;
    }

    /** The whole reference as plain text, for copying. */
    public String text() {
        StringBuilder sb = new StringBuilder();
        if (author != null) {
            sb.append(author).append(" (").append(date).append("). ").append(titleText()).append('.');
        } else {
            sb.append(titleText()).append(". (").append(date).append(").");
        }
        if (publisher != null) {
            sb.append(' ').append(publisher).append('.');
        }
        return sb.toString();
    }
}
