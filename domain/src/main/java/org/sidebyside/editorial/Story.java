package org.sidebyside.editorial;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import java.util.ArrayList;
import java.util.List;
import org.sidebyside.Versioned;
import org.sidebyside.factbase.FactBaseChangeListener;

/**
 * A story: one topic told as a page of its own (the failed products, the eight lessons, the
 * customer experience), with its title, lead, layout and sections. Its slug is its address
 * and never changes; everything else is an instructor's to change.
 */
@Entity
@EntityListeners(FactBaseChangeListener.class)
public class Story extends Versioned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String slug;

    private int position;

    private String title;

    private String lead;

    private String topicSlug;

    @Enumerated(EnumType.STRING)
    private StoryLayout layout;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "story_section", joinColumns = @JoinColumn(name = "story_id"))
    @OrderColumn(name = "position")
    private List<StorySection> sections = new ArrayList<>();

    protected Story() {
    }

    Story(String slug, StoryLayout layout, int position) {
        this.slug = slug;
        this.layout = layout;
        this.position = position;
    }

    /** Sets what an instructor may change; returns whether anything changed. */
    boolean tell(StoryContent content) {
        boolean changed = !content.equals(content());
        this.title = content.title();
        this.lead = content.lead();
        this.topicSlug = content.topic();
        this.sections.clear();
        content.sections().forEach(s -> this.sections.add(new StorySection(s.item(), s.heading())));
        return changed;
    }

    /** What an instructor may change, as it stands. */
    public StoryContent content() {
        return new StoryContent(title, lead, topicSlug,
                sections.stream().map(s -> new StoryContent.Section(s.getItem(), s.getHeading())).toList());
    }

    public String getSlug() {
        return slug;
    }

    public int getPosition() {
        return position;
    }

    public StoryLayout getLayout() {
        return layout;
    }

    public String getTitle() {
        return title;
    }

    public String getLead() {
        return lead;
    }

    public String getTopicSlug() {
        return topicSlug;
    }

    public List<StorySection> getSections() {
        return List.copyOf(sections);
    }
}
