package org.sidebyside.search;

/**
 * What a student asked for. The text is trimmed and cut to {@link #MAX_LENGTH} characters;
 * filters are slugs or null.
 */
public record SearchQuery(String text, boolean shortened, String company, String topic, String source, int page) {

    public static final int MAX_LENGTH = 200;
    public static final int PAGE_SIZE = 20;

    public static SearchQuery of(String raw, String company, String topic, String source, int page) {
        // control characters (NUL among them, which PostgreSQL text cannot hold) count as spaces
        String text = raw == null ? "" : raw.replaceAll("[\\p{Cntrl}\\s]+", " ").strip();
        boolean shortened = text.length() > MAX_LENGTH;
        if (shortened) {
            text = text.substring(0, MAX_LENGTH);
        }
        return new SearchQuery(text, shortened, blankToNull(company), blankToNull(topic), blankToNull(source),
                Math.max(1, page));
    }

    public boolean isEmpty() {
        return text.isEmpty();
    }

    public SearchQuery withText(String other) {
        return new SearchQuery(other, shortened, company, topic, source, page);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
