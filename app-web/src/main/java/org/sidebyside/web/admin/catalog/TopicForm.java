package org.sidebyside.web.admin.catalog;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.sidebyside.catalog.Slugs;
import org.sidebyside.catalog.Topic;

/** The topic form. */
public class TopicForm {

    @NotBlank(message = "{admin.catalog.slug.invalid}")
    @Pattern(regexp = Slugs.PATTERN, message = "{admin.catalog.slug.invalid}")
    @Size(max = 60, message = "{admin.catalog.slug.invalid}")
    private String slug;
    @NotBlank(message = "{admin.catalog.name.required}")
    @Size(max = 120, message = "{admin.catalog.name.size}")
    private String name;
    @NotBlank(message = "{admin.catalog.description.required}")
    @Size(max = 400, message = "{admin.catalog.description.size}")
    private String description;
    @Size(max = 40, message = "{admin.catalog.factLabel.size}")
    private String factLabel;
    @Min(value = 0, message = "{admin.catalog.position.invalid}")
    @Max(value = 1000, message = "{admin.catalog.position.invalid}")
    private int position;
    private long version;

    static TopicForm from(Topic t) {
        TopicForm f = new TopicForm();
        f.slug = t.getSlug();
        f.name = t.getName();
        f.description = t.getDescription();
        f.factLabel = t.getFactLabel();
        f.position = t.getPosition();
        f.version = t.getVersion();
        return f;
    }

    public String getSlug() { return slug; }
    public void setSlug(String slug) { this.slug = slug; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getFactLabel() { return factLabel; }
    public void setFactLabel(String factLabel) { this.factLabel = factLabel; }
    public int getPosition() { return position; }
    public void setPosition(int position) { this.position = position; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
