package org.sidebyside.web.source;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sidebyside.web.factbase.CitationView;
import org.sidebyside.web.factbase.FactView;

/**
 * An article's text cut into paragraphs and pieces, each piece marked where a cited quote
 * covers it, with an anchor where each quote starts and links to its facts where it ends.
 * Quotes may overlap and may cross paragraphs; offsets are those stored with the citations.
 */
record ReaderText(List<Paragraph> paragraphs) {

    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n[ \\t\\u00a0]*\\n\\s*");
    /** A single line break is a soft wrap unless a list item follows it. */
    private static final Pattern SOFT_BREAK = Pattern.compile("[ \\t]*\\n(?![ \\t\\u00a0]*[\\u2022\\-*])[ \\t]*");

    record Paragraph(List<Piece> pieces) {
    }

    /** @param covering the anchors of every quote covering this piece, for highlighting a quote whole */
    record Piece(String text, boolean marked, List<Cited> starts, List<Cited> ends, String covering) {
    }

    /** A quote of a fact as it stands in this text. */
    record Cited(FactView fact, CitationView citation) {
    }

    static ReaderText of(String text, List<Cited> quotes) {
        List<Paragraph> paragraphs = new ArrayList<>();
        Matcher m = PARAGRAPH_BREAK.matcher(text);
        int from = 0;
        while (m.find()) {
            add(paragraphs, text, from, m.start(), quotes);
            from = m.end();
        }
        add(paragraphs, text, from, text.length(), quotes);
        return new ReaderText(paragraphs);
    }

    private static void add(List<Paragraph> paragraphs, String text, int start, int end, List<Cited> quotes) {
        if (text.substring(start, end).isBlank()) {
            return;
        }
        TreeSet<Integer> cuts = new TreeSet<>(List.of(start, end));
        for (Cited q : quotes) {
            if (q.citation().start() > start && q.citation().start() < end) {
                cuts.add(q.citation().start());
            }
            if (q.citation().end() > start && q.citation().end() < end) {
                cuts.add(q.citation().end());
            }
        }
        List<Piece> pieces = new ArrayList<>();
        Integer a = cuts.first();
        for (Integer b : cuts.tailSet(a, false)) {
            int from = a;
            int to = b;
            List<Cited> cover = quotes.stream().filter(q -> q.citation().start() < to && q.citation().end() > from).toList();
            boolean marked = !cover.isEmpty();
            List<Cited> starts = quotes.stream().filter(q -> q.citation().start() == from).toList();
            List<Cited> ends = quotes.stream().filter(q -> q.citation().end() == to).toList();
            String shown = SOFT_BREAK.matcher(text.substring(from, to)).replaceAll(" ");
            pieces.add(new Piece(shown, marked, starts, ends,
                    String.join(" ", cover.stream().map(q -> q.citation().anchor()).toList())));
            a = b;
        }
        paragraphs.add(new Paragraph(pieces));
    }
}
