package org.sidebyside.catalog;

import org.sidebyside.Versioned;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.sidebyside.factbase.FactBaseChangeListener;

/** One of the two companies compared. Its position fixes its column on every page. */
@Entity
@EntityListeners(FactBaseChangeListener.class)
public class Company extends Versioned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String slug;

    private String name;

    private int position;


    protected Company() {
    }

    public Company(String slug, String name, int position) {
        this.slug = Slugs.require(slug);
        rename(name, position);
    }

    /** Returns whether anything changed. */
    public boolean rename(String name, int position) {
        String trimmed = Texts.require(name, "name", 80);
        boolean changed = !trimmed.equals(this.name) || position != this.position;
        this.name = trimmed;
        this.position = position;
        return changed;
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

    public int getPosition() {
        return position;
    }

}
