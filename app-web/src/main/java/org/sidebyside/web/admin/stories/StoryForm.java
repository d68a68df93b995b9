package org.sidebyside.web.admin.stories;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.sidebyside.catalog.Slugs;
import org.sidebyside.editorial.Story;
import org.sidebyside.editorial.StoryContent;

/**
 * The story form. Its sections are typed one per line, {@code item | heading}, the heading
 * optional where the layout allows.
 */
public class StoryForm {

    @NotBlank(message = "{admin.catalog.slug.invalid}")
    @Pattern(regexp = Slugs.PATTERN, message = "{admin.catalog.slug.invalid}")
    @Size(max = 60, message = "{admin.catalog.slug.invalid}")
    private String slug;
    private String layout = "by-company";
    @NotBlank(message = "{admin.story.title.required}")
    @Size(max = StoryContent.TITLE_MAX, message = "{admin.story.title.size}")
    private String title;
    @NotBlank(message = "{admin.story.lead.required}")
    @Size(max = StoryContent.LEAD_MAX, message = "{admin.story.lead.size}")
    private String lead;
    private String topic;
    @Size(max = 4000, message = "{admin.story.sections.size}")
    private String sections = "";
    private long version;

    static StoryForm from(Story s) {
        StoryForm f = new StoryForm();
        f.slug = s.getSlug();
        f.layout = s.getLayout().slug();
        f.title = s.getTitle();
        f.lead = s.getLead();
        f.topic = s.getTopicSlug();
        f.sections = s.getSections().stream()
                .map(x -> x.getHeading() == null ? x.getItem() : x.getItem() + " | " + x.getHeading())
                .collect(Collectors.joining("\n"));
        f.version = s.getVersion();
        return f;
    }

    StoryContent content() {
        List<StoryContent.Section> parsed = Arrays.stream(sections == null ? new String[0] : sections.split("\\R"))
                .map(String::strip).filter(line -> !line.isEmpty())
                .map(line -> {
                    int bar = line.indexOf('|');
                    return bar < 0 ? new StoryContent.Section(line, null)
                            : new StoryContent.Section(line.substring(0, bar).strip(), line.substring(bar + 1).strip());
                }).toList();
        return new StoryContent(title, lead, topic, parsed);
    }

    public String getSlug() { return slug; }
    public void setSlug(String slug) { this.slug = slug; }
    public String getLayout() { return layout; }
    public void setLayout(String layout) { this.layout = layout; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getLead() { return lead; }
    public void setLead(String lead) { this.lead = lead; }
    public String getTopic() { return topic; }
    public void setTopic(String topic) { this.topic = topic; }
    public String getSections() { return sections; }
    public void setSections(String sections) { this.sections = sections; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
