package org.sidebyside.catalog;

import org.sidebyside.Versioned;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.util.Objects;
import org.sidebyside.factbase.FactBaseChangeListener;

/** A theme the two companies are compared on, such as payments or logistics. */
@Entity
@EntityListeners(FactBaseChangeListener.class)
public class Topic extends Versioned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String slug;

    private String name;

    private String description;

    /** What each of its facts is labelled instead of its company ("Lesson"); null: the company. */
    private String factLabel;

    private int position;


    protected Topic() {
    }

    public Topic(String slug, String name, String description, String factLabel, int position) {
        this.slug = Slugs.require(slug);
        describe(name, description, factLabel, position);
    }

    /** Returns whether anything changed. A blank fact label is none. */
    public boolean describe(String name, String description, String factLabel, int position) {
        String n = Texts.require(name, "name", 120);
        String d = Texts.require(description, "description", 400);
        String label = factLabel == null || factLabel.isBlank() ? null : Texts.require(factLabel, "fact label", 40);
        boolean changed = !n.equals(this.name) || !d.equals(this.description)
                || !java.util.Objects.equals(label, this.factLabel) || position != this.position;
        this.name = n;
        this.description = d;
        this.factLabel = label;
        this.position = position;
        return changed;
    }

    public String getFactLabel() {
        return factLabel;
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public int getPosition() {
        return position;
    }


    @Override
    public boolean equals(Object o) {
        return o instanceof Topic t && Objects.equals(slug, t.slug);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(slug);
    }
}
