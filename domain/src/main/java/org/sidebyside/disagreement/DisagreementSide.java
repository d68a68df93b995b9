package org.sidebyside.disagreement;

import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import java.util.ArrayList;
import java.util.List;
import org.sidebyside.fact.Fact;
import org.sidebyside.factbase.FactBaseChangeListener;

/** One position in a disagreement: a short label and the facts that state it. Part of its disagreement. */
@Entity
@EntityListeners(FactBaseChangeListener.class)
public class DisagreementSide {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "disagreement_id")
    private Disagreement disagreement;

    private int position;

    private String label;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "disagreement_side_fact", joinColumns = @JoinColumn(name = "side_id"),
            inverseJoinColumns = @JoinColumn(name = "fact_id"))
    @OrderColumn(name = "position")
    @org.hibernate.annotations.BatchSize(size = 500)
    private List<Fact> facts = new ArrayList<>();

    protected DisagreementSide() {
    }

    DisagreementSide(Disagreement disagreement, int position, String label, List<Fact> facts) {
        this.disagreement = disagreement;
        this.position = position;
        state(label, facts);
    }

    void state(String label, List<Fact> facts) {
        List<Fact> now = List.copyOf(facts);
        this.label = label;
        this.facts.clear();
        this.facts.addAll(now);
    }

    /** Replaces one fact by another, or removes it where {@code into} is null; whether it stood here. */
    boolean replace(Fact duplicate, Fact into) {
        int at = facts.indexOf(duplicate);
        if (at < 0) {
            return false;
        }
        List<Fact> now = new ArrayList<>(getFacts());
        now.remove(duplicate);
        if (into != null) {
            now.add(Math.min(at, now.size()), into);
        }
        state(label, now);
        return true;
    }

    DisagreementContent.Side content() {
        return new DisagreementContent.Side(label, getFacts().stream().map(Fact::getKey).toList());
    }

    public int getPosition() {
        return position;
    }

    public String getLabel() {
        return label;
    }

    /**
     * The facts stating this side, drafts included. A fact deleted from the fact base has left
     * the list (the database removes its row, leaving a gap in the positions that reads as null).
     */
    public List<Fact> getFacts() {
        return facts.stream().filter(java.util.Objects::nonNull).toList();
    }
}
