package org.sidebyside.disagreement;

import java.util.ArrayList;
import org.sidebyside.Fingerprint;
import java.util.List;
import java.util.Objects;

/**
 * Everything a disagreement says, as plain values: what the importer reads from
 * {@code disagreements.yml} and the admin form submits. {@link DisagreementRules} checks it.
 *
 * @param sides two or more, in the order they are shown
 */
public record DisagreementContent(String topicSlug, String subject, DisagreementKind kind, String summary,
                                  List<Side> sides) {

    public static final int SUBJECT_MAX = 200;
    public static final int SUMMARY_MAX = 1000;
    public static final int LABEL_MAX = 200;

    /** One position: a short label and the keys of the facts that state it. */
    public record Side(String label, List<String> factKeys) {

        public Side {
            factKeys = factKeys == null ? List.of() : factKeys.stream().filter(Objects::nonNull)
                    .map(String::strip).filter(k -> !k.isEmpty()).toList();
        }
    }

    public DisagreementContent {
        sides = sides == null ? List.of() : List.copyOf(sides);
    }

    /** Every fact key named on any side, in order. */
    public List<String> factKeys() {
        List<String> all = new ArrayList<>();
        sides.forEach(s -> all.addAll(s.factKeys()));
        return all;
    }

    /** The names of the fields that differ from {@code other}, for a revision's summary. */
    public List<String> changedFrom(DisagreementContent other) {
        List<String> changed = new ArrayList<>();
        if (other == null) {
            return List.of("everything");
        }
        if (!Objects.equals(topicSlug, other.topicSlug)) {
            changed.add("topic");
        }
        if (!Objects.equals(subject, other.subject)) {
            changed.add("subject");
        }
        if (kind != other.kind) {
            changed.add("kind");
        }
        if (!Objects.equals(summary, other.summary)) {
            changed.add("summary");
        }
        if (!sides.equals(other.sides)) {
            changed.add("sides");
        }
        return changed;
    }

    /** A digest of the content: stored at import, it tells a later import whether an instructor edited it since. */
    public String fingerprint() {
        Fingerprint f = new Fingerprint().add(topicSlug).add(subject).add(kind).add(summary);
        for (Side s : sides) {
            f.add(s.label());
            s.factKeys().forEach(f::add);
            f.add("|side");
        }
        return f.hex();
    }
}
