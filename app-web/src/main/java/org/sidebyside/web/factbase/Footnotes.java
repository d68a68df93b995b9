package org.sidebyside.web.factbase;

import java.util.ArrayList;
import java.util.List;
import org.sidebyside.compare.FootnoteNumbers;

/**
 * Numbers the citations of a page in the order its facts appear, for the superscript
 * markers and the list of notes at the foot of the page (which is what prints).
 */
public final class Footnotes {

    /** One numbered note: a citation of a fact. */
    public record Note(int number, FactView fact, CitationView citation) {
    }

    private final FootnoteNumbers numbers = new FootnoteNumbers();
    private final List<Note> notes = new ArrayList<>();

    /** The same quote of the same source gets one number, however many facts cite it (the domain's rule). */
    public Footnotes(List<FactView> factsInPageOrder) {
        for (FactView f : factsInPageOrder) {
            for (CitationView c : f.citations()) {
                int first = numbers.count();
                int n = numbers.cite(c.source().slug(), c.quote());
                if (n > first) {
                    notes.add(new Note(n, f, c));
                }
            }
        }
    }

    public int number(CitationView citation) {
        return numbers.numberOf(citation.source().slug(), citation.quote());
    }

    public List<Note> all() {
        return notes;
    }
}
