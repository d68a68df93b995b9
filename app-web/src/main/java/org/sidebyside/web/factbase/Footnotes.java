package org.sidebyside.web.factbase;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sidebyside.quote.QuoteLocator;

/**
 * Numbers the citations of a page in the order its facts appear, for the superscript
 * markers and the list of notes at the foot of the page (which is what prints).
 */
public final class Footnotes {

    /** One numbered note: a citation of a fact. */
    public record Note(int number, FactView fact, CitationView citation) {
    }

    private final Map<String, Integer> numbers = new HashMap<>();
    private final List<Note> notes = new ArrayList<>();

    /** The same quote of the same source gets one number, however many facts cite it. */
    public Footnotes(List<FactView> factsInPageOrder) {
        for (FactView f : factsInPageOrder) {
            for (CitationView c : f.citations()) {
                if (!numbers.containsKey(key(c))) {
                    numbers.put(key(c), notes.size() + 1);
                    notes.add(new Note(notes.size() + 1, f, c));
                }
            }
        }
    }

    private static String key(CitationView c) {
        return c.source().slug() + "\u0000" + QuoteLocator.normalize(c.quote());
    }

    public int number(CitationView citation) {
        return numbers.getOrDefault(key(citation), 0);
    }

    public List<Note> all() {
        return notes;
    }
}
