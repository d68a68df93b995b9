package org.sidebyside.editorial;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sidebyside.ImportOutcome;
import org.sidebyside.NoSuchRecordException;
import org.sidebyside.catalog.Slugs;
import org.sidebyside.history.Action;
import org.sidebyside.history.EntityType;
import org.sidebyside.history.History;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads and changes the stories. A story tells an existing topic; each section names what its
 * layout says (a company, a topic, or a comparison key that published or draft facts share).
 */
@Service
@Transactional
public class StoryService {

    /** What was given breaks a rule; {@link #field()} says which field of the form. */
    public static class InvalidStoryException extends RuntimeException {
        private final String field;

        public InvalidStoryException(String field, String message) {
            super(message);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }

    /** No story has that slug. */
    public static class NotFoundException extends NoSuchRecordException {
        public NotFoundException(String slug) {
            super("story " + slug);
        }
    }

    private final StoryRepository stories;
    private final EntityManager entities;
    private final History history;

    public StoryService(StoryRepository stories, EntityManager entities, History history) {
        this.stories = stories;
        this.entities = entities;
        this.history = history;
    }

    @Transactional(readOnly = true)
    public List<Story> all() {
        return stories.findAllByOrderByPositionAscIdAsc();
    }

    @Transactional(readOnly = true)
    public Story get(String slug) {
        return find(slug).orElseThrow(() -> new NotFoundException(slug));
    }

    @Transactional(readOnly = true)
    public java.util.Optional<Story> find(String slug) {
        return stories.findBySlug(slug);
    }

    /** A new story, placed after the others. */
    public Story create(String slug, StoryLayout layout, StoryContent content) {
        if (!Slugs.isValid(slug, 60)) {
            throw new InvalidStoryException("slug", "the address must be lowercase words joined by hyphens, at most 60 characters");
        }
        if (stories.findBySlug(slug).isPresent()) {
            throw new InvalidStoryException("slug", "another story has the address " + slug);
        }
        StoryContent checked = check(layout, content);
        int position = stories.findAll().stream().mapToInt(Story::getPosition).max().orElse(0) + 1;
        Story story = new Story(slug, layout, position);
        story.tell(checked);
        stories.save(story);
        history.record(EntityType.STORY, slug, Action.CREATE, "created: " + checked.title());
        return story;
    }

    /** Changes the story the instructor read at {@code version}. */
    public void update(String slug, StoryContent content, long version) {
        Story story = get(slug);
        story.expectVersion(version, EntityType.STORY, slug);
        if (story.tell(check(story.getLayout(), content))) {
            history.record(EntityType.STORY, slug, Action.UPDATE, "updated: " + story.getTitle());
        }
    }

    public void delete(String slug, long version) {
        Story story = get(slug);
        story.expectVersion(version, EntityType.STORY, slug);
        stories.delete(story);
        history.record(EntityType.STORY, slug, Action.DELETE, "deleted: " + story.getTitle());
    }

    /**
     * From the seed files: adds a story that does not exist yet; one that exists is left as
     * it is, so that an instructor's changes survive a re-import.
     */
    public ImportOutcome putIfAbsent(String slug, StoryLayout layout, StoryContent content) {
        if (stories.findBySlug(slug).isPresent()) {
            return ImportOutcome.UNCHANGED;
        }
        create(slug, layout, content);
        return ImportOutcome.INSERTED;
    }

    /** The content trimmed, each rule checked against the layout and the fact base. */
    private StoryContent check(StoryLayout layout, StoryContent c) {
        String title = text(c.title(), "title", "the title", StoryContent.TITLE_MAX, true);
        String lead = text(c.lead(), "lead", "the lead", StoryContent.LEAD_MAX, true);
        String topic = c.topic() == null ? "" : c.topic().strip();
        Set<String> topics = names("select t.slug from Topic t");
        if (!topics.contains(topic)) {
            throw new InvalidStoryException("topic", "choose one of the topics");
        }
        Set<String> known = switch (layout.names()) {
            case COMPANY -> names("select c.slug from Company c");
            case TOPIC -> topics;
            case COMPARISON -> names("select distinct f.comparison from Fact f where f.comparison is not null");
        };
        String kind = switch (layout.names()) {
            case COMPANY -> "a company";
            case TOPIC -> "a topic";
            case COMPARISON -> "a comparison key of any fact";
        };
        List<StoryContent.Section> sections = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (StoryContent.Section s : c.sections()) {
            String item = s.item() == null ? "" : s.item().strip();
            if (!known.contains(item)) {
                throw new InvalidStoryException("sections", "\"" + item + "\" is not " + kind);
            }
            if (!seen.add(item) && !layout.repeats()) {
                throw new InvalidStoryException("sections", "\"" + item + "\" stands twice");
            }
            String heading = text(s.heading(), "sections", "the heading of " + item, StoryContent.HEADING_MAX,
                    layout.headingRequired());
            sections.add(new StoryContent.Section(item, heading));
        }
        return new StoryContent(title, lead, topic, sections);
    }

    private Set<String> names(String query) {
        return new HashSet<>(entities.createQuery(query, String.class).getResultList());
    }

    private static String text(String text, String field, String what, int max, boolean required) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty() && required) {
            throw new InvalidStoryException(field, what + " is required");
        }
        if (t.length() > max) {
            throw new InvalidStoryException(field, what + " is longer than " + max + " characters");
        }
        return t.isEmpty() ? null : t;
    }
}
