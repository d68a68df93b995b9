package org.sidebyside.catalog;

import java.util.regex.Pattern;

/** Slugs and keys: lowercase words joined by single hyphens, safe in any URL. */
public final class Slugs {

    /** The one definition of a slug, for the domain, the forms' annotations and the checks alike. */
    public static final String PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";
    private static final Pattern FORM = Pattern.compile(PATTERN);

    private Slugs() {
    }

    /** Whether {@code slug} is one, of at most {@code maxLength} characters. */
    public static boolean isValid(String slug, int maxLength) {
        return isValid(slug) && slug.length() <= maxLength;
    }

    public static boolean isValid(String slug) {
        return slug != null && slug.length() <= 120 && FORM.matcher(slug).matches();
    }

    public static String require(String slug) {
        if (!isValid(slug)) {
            throw new IllegalArgumentException("\"" + slug + "\" is not a slug (lowercase words joined by hyphens)");
        }
        return slug;
    }
}
