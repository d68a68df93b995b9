package org.sidebyside.web.factbase;

import java.util.List;
import org.sidebyside.disagreement.DisagreementKind;

/**
 * A disagreement as students see it: only its published facts, and only while at least two of
 * its sides still have one.
 */
public record DisagreementView(String key, TopicView topic, String subject, DisagreementKind kind, String summary,
                               List<Side> sides) {

    /** One position and the published facts that state it. */
    public record Side(String label, List<FactView> facts) {
    }

    /** The page anchor of this disagreement on {@code /disagreements}. */
    public String anchor() {
        return new FactView.Dispute(key, subject).anchor();
    }

    public boolean involves(FactView fact) {
        return sides.stream().anyMatch(s -> s.facts().contains(fact));
    }
}
