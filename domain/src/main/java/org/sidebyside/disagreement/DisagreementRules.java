package org.sidebyside.disagreement;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sidebyside.fact.Problem;

/**
 * The rules every disagreement obeys, wherever it comes from. Pure: the caller says which
 * topics and facts exist, so the importer checks seed files before it touches the database.
 */
public final class DisagreementRules {

    /** What the rules need to know about the rest of the fact base. */
    public interface Catalog {

        boolean hasTopic(String slug);

        /** Whether a fact has this key (or had it, before it was merged into another). */
        boolean hasFact(String key);
    }

    private DisagreementRules() {
    }

    public static List<Problem> check(DisagreementContent c, Catalog catalog) {
        List<Problem> problems = new ArrayList<>();
        if (blank(c.topicSlug())) {
            problems.add(new Problem("topic", "required", "a topic is required"));
        } else if (!catalog.hasTopic(c.topicSlug())) {
            problems.add(new Problem("topic", "unknown", "unknown topic \"" + c.topicSlug() + "\""));
        }
        text(problems, "subject", "the subject", c.subject(), DisagreementContent.SUBJECT_MAX);
        text(problems, "summary", "the summary", c.summary(), DisagreementContent.SUMMARY_MAX);
        if (c.kind() == null) {
            problems.add(new Problem("kind", "required", "a kind is required (time, measure, wording or contradiction)"));
        }
        if (c.sides().size() < 2) {
            problems.add(new Problem("sides", "too-few", "a disagreement has at least two sides"));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < c.sides().size(); i++) {
            DisagreementContent.Side side = c.sides().get(i);
            String field = "sides[" + i + "]";
            text(problems, field + ".label", "the label of side " + (i + 1), side.label(), DisagreementContent.LABEL_MAX);
            if (side.factKeys().isEmpty()) {
                problems.add(new Problem(field + ".facts", "required", "side " + (i + 1) + " needs at least one fact"));
            }
            for (String key : side.factKeys()) {
                if (!catalog.hasFact(key)) {
                    problems.add(new Problem(field + ".facts", "unknown", "no fact has the key \"" + key + "\""));
                } else if (!seen.add(key)) {
                    problems.add(new Problem(field + ".facts", "twice",
                            "the fact \"" + key + "\" stands on two sides (or twice on one)"));
                }
            }
        }
        return List.copyOf(problems);
    }

    private static void text(List<Problem> problems, String field, String what, String value, int max) {
        if (blank(value)) {
            problems.add(new Problem(field, "required", what + " is required"));
        } else if (value.strip().length() > max) {
            problems.add(new Problem(field, "too-long", what + " is longer than " + max + " characters"));
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
