package org.sidebyside.catalog;

import org.sidebyside.Versioned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import org.sidebyside.factbase.FactBaseChangeListener;

/** One source article with its full text, which every citation's quote is checked against. */
@Entity
@EntityListeners(FactBaseChangeListener.class)
public class Source extends Versioned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String slug;

    private String fileName;

    private String label;

    private String title;

    private String kind;

    private String author;

    private String publisher;

    private LocalDate publishedOn;

    @Enumerated(EnumType.STRING)
    private DatePrecision publishedPrecision;

    private String note;

    private Integer reportedFrom;

    @Column(columnDefinition = "text")
    private String fullText;

    private String checksum;


    protected Source() {
    }

    public Source(String slug, String fileName, SourceMetadata metadata, String fullText) {
        this.slug = Slugs.require(slug);
        this.fileName = Texts.require(fileName, "file name", 200);
        update(metadata, fullText);
    }

    /** Returns whether anything changed. */
    public boolean update(SourceMetadata metadata, String fullText) {
        if (fullText == null || fullText.isBlank()) {
            throw new IllegalArgumentException("a source needs its text");
        }
        boolean changed = !metadata.equals(metadata()) || !fullText.equals(this.fullText);
        this.label = metadata.label();
        this.title = metadata.title();
        this.kind = metadata.kind();
        this.author = metadata.author();
        this.publisher = metadata.publisher();
        this.publishedOn = metadata.published() == null ? null : metadata.published().date();
        this.publishedPrecision = metadata.published() == null ? null : metadata.published().precision();
        this.note = metadata.note();
        this.reportedFrom = metadata.reportedFrom();
        this.fullText = fullText;
        this.checksum = sha256(fullText);
        return changed;
    }

    public SourceMetadata metadata() {
        if (label == null) {
            return null;
        }
        return new SourceMetadata(label, title, kind, author, publisher, getPublished(), note, reportedFrom);
    }

    public static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public String getFileName() {
        return fileName;
    }

    public String getLabel() {
        return label;
    }

    public String getTitle() {
        return title;
    }

    /** The article's own title, or our label where it has none. */
    public String getDisplayTitle() {
        return title != null ? title : label;
    }

    public String getKind() {
        return kind;
    }

    public String getAuthor() {
        return author;
    }

    public String getPublisher() {
        return publisher;
    }

    public PartialDate getPublished() {
        return PartialDate.ofNullable(publishedOn, publishedPrecision);
    }

    public String getNote() {
        return note;
    }

    public String getFullText() {
        return fullText;
    }

    public String getChecksum() {
        return checksum;
    }

}
