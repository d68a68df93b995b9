package org.sidebyside.disagreement;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sidebyside.Versioned;
import org.sidebyside.catalog.Slugs;
import org.sidebyside.catalog.Topic;
import org.sidebyside.fact.Fact;
import org.sidebyside.factbase.FactBaseChangeListener;

/**
 * Where the articles disagree about one subject: the facts on each side, what kind of
 * difference it is, and one neutral sentence on it. Its key is stable, like a fact's.
 */
@Entity
@EntityListeners(FactBaseChangeListener.class)
public class Disagreement extends Versioned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "disagreement_key")
    private String key;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "topic_id")
    private Topic topic;

    private String subject;

    @Enumerated(EnumType.STRING)
    private DisagreementKind kind;

    private String summary;

    private boolean retired;

    private String importFingerprint;

    private Instant createdAt;

    private Instant updatedAt;

    @OneToMany(mappedBy = "disagreement", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<DisagreementSide> sides = new ArrayList<>();

    protected Disagreement() {
    }

    Disagreement(String key) {
        this.key = Slugs.require(key);
        this.createdAt = Instant.now();
        this.updatedAt = createdAt;
    }

    /** Replaces the content, checked by the caller; {@code facts} holds every key the sides name. */
    void apply(DisagreementContent c, Topic topic, Map<String, Fact> facts) {
        this.topic = topic;
        this.subject = c.subject().strip();
        this.kind = c.kind();
        this.summary = c.summary().strip();
        // rewrite sides in place, as a fact does its citations
        int n = c.sides().size();
        while (sides.size() > n) {
            sides.remove(sides.size() - 1);
        }
        for (int i = 0; i < n; i++) {
            DisagreementContent.Side s = c.sides().get(i);
            List<Fact> stating = s.factKeys().stream().map(facts::get).toList();
            if (i < sides.size()) {
                sides.get(i).state(s.label().strip(), stating);
            } else {
                sides.add(new DisagreementSide(this, i + 1, s.label().strip(), stating));
            }
        }
        this.updatedAt = Instant.now();
    }

    /**
     * Puts {@code into} where {@code duplicate} stood; where {@code into} stands in this
     * disagreement already, the duplicate just leaves (a fact stands on one side only).
     *
     * @return whether the duplicate stood here
     */
    boolean replace(Fact duplicate, Fact into) {
        boolean present = sides.stream().anyMatch(s -> s.getFacts().contains(into));
        boolean changed = false;
        for (DisagreementSide side : sides) {
            changed |= side.replace(duplicate, present ? null : into);
        }
        if (changed) {
            this.updatedAt = Instant.now();
        }
        return changed;
    }

    void retire() {
        this.retired = true;
        this.updatedAt = Instant.now();
    }

    void restore() {
        this.retired = false;
        this.updatedAt = Instant.now();
    }

    void markImported(String fingerprint) {
        this.importFingerprint = fingerprint;
    }

    /** Whether the content differs from what the last import wrote (or no import wrote it). */
    boolean editedSinceImport() {
        return importFingerprint == null || !importFingerprint.equals(content().fingerprint());
    }

    public DisagreementContent content() {
        return new DisagreementContent(topic.getSlug(), subject, kind, summary,
                sides.stream().map(DisagreementSide::content).toList());
    }

    public Long getId() {
        return id;
    }

    public String getKey() {
        return key;
    }

    public Topic getTopic() {
        return topic;
    }

    public String getSubject() {
        return subject;
    }

    public DisagreementKind getKind() {
        return kind;
    }

    public String getSummary() {
        return summary;
    }

    /** A retired disagreement is kept, with its history, but no longer shown to students. */
    public boolean isRetired() {
        return retired;
    }

    public List<DisagreementSide> getSides() {
        return sides;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
