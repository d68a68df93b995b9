package org.sidebyside.quote;

import java.util.Optional;

/**
 * Locates a quote in a text. Both are normalised the same way before comparing:
 * <ul>
 * <li>typographic quotes and apostrophes become plain ones, a no-break space a space;</li>
 * <li>a hyphen at the end of a line is joined to the next line ("self-\n operated" reads
 * "self-operated"), since articles extracted from PDFs break words there;</li>
 * <li>every run of whitespace becomes a single space, and the ends are trimmed.</li>
 * </ul>
 * Offsets are reported in the original text, so a reader can highlight exactly the span.
 */
public final class QuoteLocator {

    private QuoteLocator() {
    }

    /** The place the quote stands in the text, if it stands there exactly once. */
    public static Optional<QuoteSpan> locate(String text, String quote) {
        return locate(text, quote, null, null).span();
    }

    /**
     * Where a quote stands, as a W3C Web Annotation {@code TextQuoteSelector} finds it: the
     * exact words, and optionally the words just before ({@code prefix}) and just after
     * ({@code suffix}) that tell one occurrence from another. Whitespace between the quote and
     * its prefix or suffix does not matter.
     *
     * @return found at one place; or not found; or found at several places the prefix and
     *         suffix do not tell apart (the caller must say which)
     */
    public static Located locate(String text, String quote, String prefix, String suffix) {
        Normalized needle = Normalized.of(quote);
        if (needle.value().isEmpty()) {
            return new Located(null, 0, 0);
        }
        Normalized haystack = Normalized.of(text);
        String hay = haystack.value();
        String before = prefix == null ? "" : Normalized.of(prefix).value();
        String after = suffix == null ? "" : Normalized.of(suffix).value();
        int occurrences = 0;
        int matching = 0;
        int chosen = -1;
        for (int at = hay.indexOf(needle.value()); at >= 0; at = hay.indexOf(needle.value(), at + 1)) {
            occurrences++;
            int end = at + needle.value().length();
            if (hay.substring(0, at).stripTrailing().endsWith(before) && hay.substring(end).stripLeading().startsWith(after)) {
                matching++;
                if (chosen < 0) {
                    chosen = at;
                }
            }
        }
        if (matching != 1) {
            return new Located(null, occurrences, matching);
        }
        int last = chosen + needle.value().length() - 1;
        return new Located(new QuoteSpan(haystack.originalIndex(chosen), haystack.originalIndex(last) + 1), occurrences, 1);
    }

    /**
     * What {@link #locate(String, String, String, String)} found.
     *
     * @param occurrences how often the quote stands in the text, whatever stands around it
     * @param matching how many of those the prefix and suffix fit
     */
    public record Located(QuoteSpan found, int occurrences, int matching) {

        public Optional<QuoteSpan> span() {
            return Optional.ofNullable(found);
        }

        /** The quote stands more than once and nothing given tells which place is meant. */
        public boolean ambiguous() {
            return matching > 1;
        }
    }

    /** Whether the text still holds the quote at the given offsets (a source may have been edited). */
    public static boolean standsAt(String text, String quote, int start, int end) {
        if (start < 0 || end > text.length() || end <= start) {
            return false;
        }
        return normalize(text.substring(start, end)).equals(normalize(quote));
    }

    public static String normalize(String s) {
        return Normalized.of(s).value();
    }

    /** A normalised string plus, for each of its characters, the index it came from. */
    private record Normalized(String value, int[] origin) {

        int originalIndex(int normalizedIndex) {
            return origin[normalizedIndex];
        }

        static Normalized of(String s) {
            StringBuilder out = new StringBuilder(s.length());
            int[] origin = new int[s.length()];
            int i = 0;
            while (i < s.length()) {
                char c = s.charAt(i);
                if (c == '-' && lineBreakFollows(s, i + 1)) {
                    origin[out.length()] = i;
                    out.append('-');
                    i = skipWhitespace(s, i + 1);
                } else if (isSpace(c)) {
                    int next = skipWhitespace(s, i);
                    if (out.length() > 0 && next < s.length()) {
                        origin[out.length()] = i;
                        out.append(' ');
                    }
                    i = next;
                } else {
                    origin[out.length()] = i;
                    out.append(plain(c));
                    i++;
                }
            }
            return new Normalized(out.toString(), origin);
        }

        private static boolean lineBreakFollows(String s, int from) {
            for (int j = from; j < s.length() && isSpace(s.charAt(j)); j++) {
                if (s.charAt(j) == '\n' || s.charAt(j) == '\r') {
                    return true;
                }
            }
            return false;
        }

        private static int skipWhitespace(String s, int from) {
            int j = from;
            while (j < s.length() && isSpace(s.charAt(j))) {
                j++;
            }
            return j;
        }

        private static boolean isSpace(char c) {
            return Character.isWhitespace(c) || c == '\u00a0';
        }

        private static char plain(char c) {
            return switch (c) {
                case '\u2018', '\u2019', '\u201b', '\u2032' -> '\'';
                case '\u201c', '\u201d', '\u201f', '\u2033' -> '"';
                default -> c;
            };
        }
    }
}
