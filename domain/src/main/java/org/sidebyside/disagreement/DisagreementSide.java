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
    private List<Fact> facts = new ArrayList<>();

    protected DisagreementSide() {
    }

    DisagreementSide(Disagreement disagreement, int position, String label, List<Fact> facts) {
        this.disagreement = disagreement;
        this.position = position;
        state(label, facts);
    }

    void state(String label, List<Fact> facts) {
        this.label = label;
        this.facts.clear();
        this.facts.addAll(facts);
    }

    DisagreementContent.Side content() {
        return new DisagreementContent.Side(label, facts.stream().map(Fact::getKey).toList());
    }

    public int getPosition() {
        return position;
    }

    public String getLabel() {
        return label;
    }

    /** The facts stating this side, drafts included; a deleted fact has left the list. */
    public List<Fact> getFacts() {
        return facts;
    }
}
