package org.sidebyside.catalog;

/**
 * What is known about an article besides its text. Only what the article itself (or the
 * brief that supplied it) says: unknown parts stay null.
 */
public record SourceMetadata(String label, String title, String kind, String author, String publisher,
                             PartialDate published, String note) {

    public SourceMetadata {
        label = Texts.require(label, "label", 200);
        title = Texts.optional(title, "title", 300);
        kind = Texts.optional(kind, "kind", 60);
        author = Texts.optional(author, "author", 200);
        publisher = Texts.optional(publisher, "publisher", 200);
        note = Texts.optional(note, "note", 1000);
    }
}
