package org.sidebyside.editorial;

/**
 * How a story's page is laid out, and so what each of its sections names.
 */
public enum StoryLayout {
    /** One column per company; a section per company, naming it and heading its part. */
    BY_COMPANY(Names.COMPANY, false),
    /** The topic's facts numbered in the order they were added; a section per fact, naming the topic it leads to. */
    NUMBERED(Names.TOPIC, true),
    /** Where the companies differ, then pillars: a section per comparison key, with its heading. */
    PILLARS(Names.COMPARISON, false);

    /** What a section's item is. */
    public enum Names {
        COMPANY, TOPIC, COMPARISON
    }

    private final Names names;
    private final boolean repeats;

    StoryLayout(Names names, boolean repeats) {
        this.names = names;
        this.repeats = repeats;
    }

    /** What each section's item names. */
    public Names names() {
        return names;
    }

    /** Whether one item may stand in more than one section (two lessons may lead to one topic). */
    public boolean repeats() {
        return repeats;
    }

    /** Whether each section must have a heading (a pillar is known by its heading). */
    public boolean headingRequired() {
        return this == PILLARS;
    }

    /** The name seed files and forms use: {@code by-company}, {@code numbered}, {@code pillars}. */
    public String slug() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    public static java.util.Optional<StoryLayout> of(String slug) {
        return java.util.Arrays.stream(values()).filter(l -> l.slug().equals(slug)).findFirst();
    }
}
