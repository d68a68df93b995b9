package org.sidebyside.web.admin.catalog;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.sidebyside.catalog.Slugs;
import org.sidebyside.catalog.Source;

/** The source form: metadata as known, and the article's full text. */
public class SourceForm {

    @NotBlank(message = "{admin.catalog.slug.invalid}")
    @Pattern(regexp = Slugs.PATTERN, message = "{admin.catalog.slug.invalid}")
    @Size(max = 60, message = "{admin.catalog.slug.invalid}")
    private String slug;
    @NotBlank(message = "{admin.catalog.fileName.required}")
    @Pattern(regexp = "[A-Za-z0-9._-]{1,200}", message = "{admin.catalog.fileName.required}")
    private String fileName;
    @NotBlank(message = "{admin.catalog.label.required}")
    @Size(max = 200, message = "{admin.catalog.label.size}")
    private String label;
    @Size(max = 300, message = "{admin.catalog.title.size}")
    private String title;
    @Size(max = 60, message = "{admin.catalog.kind.size}")
    private String kind;
    @Size(max = 200, message = "{admin.catalog.author.size}")
    private String author;
    @Size(max = 200, message = "{admin.catalog.publisher.size}")
    private String publisher;
    @Size(max = 10, message = "{admin.fact.asOf.invalid}")
    private String published;
    @Size(max = 1000, message = "{admin.fact.note.size}")
    private String note;
    @NotBlank(message = "{admin.catalog.text.required}")
    @Size(max = 500_000, message = "{admin.catalog.text.size}")
    private String text;
    private long version;

    static SourceForm from(Source s) {
        SourceForm f = new SourceForm();
        f.slug = s.getSlug();
        f.fileName = s.getFileName();
        f.label = s.getLabel();
        f.title = s.getTitle();
        f.kind = s.getKind();
        f.author = s.getAuthor();
        f.publisher = s.getPublisher();
        f.published = s.getPublished() == null ? null : s.getPublished().iso();
        f.note = s.getNote();
        f.text = s.getFullText();
        f.version = s.getVersion();
        return f;
    }

    public String getSlug() { return slug; }
    public void setSlug(String slug) { this.slug = slug; }
    public String getFileName() { return fileName; }
    public void setFileName(String fileName) { this.fileName = fileName; }
    public String getLabel() { return label; }
    public void setLabel(String label) { this.label = label; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getAuthor() { return author; }
    public void setAuthor(String author) { this.author = author; }
    public String getPublisher() { return publisher; }
    public void setPublisher(String publisher) { this.publisher = publisher; }
    public String getPublished() { return published; }
    public void setPublished(String published) { this.published = published; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
