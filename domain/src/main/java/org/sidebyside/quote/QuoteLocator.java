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

    /** The first place the quote stands in the text, if it does. */
    public static Optional<QuoteSpan> locate(String text, String quote) {
        Normalized needle = Normalized.of(quote);
        if (needle.value().isEmpty()) {
            return Optional.empty();
        }
        Normalized haystack = Normalized.of(text);
        int at = haystack.value().indexOf(needle.value());
        if (at < 0) {
            return Optional.empty();
        }
        int last = at + needle.value().length() - 1;
        return Optional.of(new QuoteSpan(haystack.originalIndex(at), haystack.originalIndex(last) + 1));
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
