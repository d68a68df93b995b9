package org.sidebyside.web.factbase;

public record TopicView(String slug, String name, String description, int position) {
}
