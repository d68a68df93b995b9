package org.sidebyside.web.factbase;

/** A topic as pages show it; {@code factLabel} replaces the company on each of its facts when set. */
public record TopicView(String slug, String name, String description, String factLabel, int position) {
}
