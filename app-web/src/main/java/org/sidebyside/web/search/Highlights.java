package org.sidebyside.web.search;

import java.util.ArrayList;
import java.util.List;
import org.sidebyside.search.SearchResults;
import org.springframework.stereotype.Component;

/**
 * Splits highlighted text from the search into plain and marked parts, so templates print
 * every part escaped and wrap only the matches in {@code <mark>}: no HTML from the data
 * ever reaches the page unescaped. Used from templates as {@code @highlights}.
 */
@Component("highlights")
public class Highlights {

    /** A run of text, highlighted or not. */
    public record Part(String text, boolean marked) {
    }

    public List<Part> parts(String highlighted) {
        List<Part> parts = new ArrayList<>();
        if (highlighted == null) {
            return parts;
        }
        StringBuilder run = new StringBuilder();
        boolean marked = false;
        for (char c : highlighted.toCharArray()) {
            if (c == SearchResults.MARK_START || c == SearchResults.MARK_END) {
                if (run.length() > 0) {
                    parts.add(new Part(run.toString(), marked));
                    run.setLength(0);
                }
                marked = c == SearchResults.MARK_START;
            } else {
                run.append(c);
            }
        }
        if (run.length() > 0) {
            parts.add(new Part(run.toString(), marked));
        }
        return parts;
    }
}
