package org.sidebyside.web.factbase;

import java.util.List;
import org.sidebyside.editorial.StoryLayout;

/**
 * A story as its page shows it: the topic it tells, its layout and its sections in order.
 *
 * @param sections each names a company, a topic or a comparison key, as the layout says
 */
public record StoryView(String slug, String title, String lead, TopicView topic, StoryLayout layout,
                        List<Section> sections) {

    /** A section: what it names, and its heading (null: none). */
    public record Section(String item, String heading) {
    }

    /** The heading of the section naming {@code item}, or null. */
    public String heading(String item) {
        return sections.stream().filter(s -> s.item().equals(item)).map(Section::heading).findFirst().orElse(null);
    }

    public List<String> items() {
        return sections.stream().map(Section::item).toList();
    }
}
