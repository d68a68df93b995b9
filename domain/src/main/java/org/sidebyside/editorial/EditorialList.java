package org.sidebyside.editorial;

import java.util.List;

/**
 * The editorial lists pages follow, and what their items name.
 *
 * @param comparisons whether the items are comparison keys (else topic slugs)
 * @param repeats     whether an item may stand more than once
 */
public enum EditorialList {
    /** The comparisons that give the two companies at a glance on the home page, in reading order. */
    HOME_AT_A_GLANCE("home-at-a-glance", true, false);

    private final String listName;
    private final boolean comparisons;
    private final boolean repeats;

    EditorialList(String listName, boolean comparisons, boolean repeats) {
        this.listName = listName;
        this.comparisons = comparisons;
        this.repeats = repeats;
    }

    public String listName() {
        return listName;
    }

    public boolean comparisons() {
        return comparisons;
    }

    public boolean repeats() {
        return repeats;
    }

    public static java.util.Optional<EditorialList> named(String name) {
        return java.util.Arrays.stream(values()).filter(l -> l.listName.equals(name)).findFirst();
    }

    public static List<String> names() {
        return java.util.Arrays.stream(values()).map(EditorialList::listName).toList();
    }
}
