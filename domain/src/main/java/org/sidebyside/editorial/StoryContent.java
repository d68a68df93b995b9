package org.sidebyside.editorial;

import java.util.List;

/**
 * What an instructor says of a story: title, lead, the topic it tells and its sections in
 * order. {@link StoryService} checks it against the layout and the fact base.
 */
public record StoryContent(String title, String lead, String topic, List<Section> sections) {

    public static final int TITLE_MAX = 120;
    public static final int LEAD_MAX = 400;
    public static final int HEADING_MAX = 120;

    public StoryContent {
        sections = List.copyOf(sections);
    }

    /** A section: the item it names and its heading (null: none). */
    public record Section(String item, String heading) {
    }
}
