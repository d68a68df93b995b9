package org.sidebyside.catalog;

import java.util.regex.Pattern;

/** Slugs and keys: lowercase words joined by single hyphens, safe in any URL. */
public final class Slugs {

    private static final Pattern FORM = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private Slugs() {
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
