package org.sidebyside.fact;

import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import org.sidebyside.factbase.FactBaseChangeListener;

/** The key of a fact merged into another, kept so that links to it still lead somewhere. */
@Entity
@EntityListeners(FactBaseChangeListener.class)
public class FactRedirect {

    @Id
    private String oldKey;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "fact_id")
    private Fact fact;

    protected FactRedirect() {
    }

    FactRedirect(String oldKey, Fact fact) {
        this.oldKey = oldKey;
        this.fact = fact;
    }

    void pointAt(Fact fact) {
        this.fact = fact;
    }

    public String getOldKey() {
        return oldKey;
    }

    public Fact getFact() {
        return fact;
    }
}
