package org.sidebyside.web.admin.disagreements;

import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.sidebyside.disagreement.DisagreementContent;
import org.sidebyside.disagreement.DisagreementKind;

/**
 * The disagreement form, fields exactly as typed (a failed save shows them again). Its sides
 * are typed one per line, {@code label | fact-key, fact-key}.
 */
public class DisagreementForm {

    @Size(max = 120, message = "{admin.disagreement.key.size}")
    private String key;
    private String topic;
    private String kind = DisagreementKind.CONTRADICTION.code();
    @Size(max = DisagreementContent.SUBJECT_MAX, message = "{admin.disagreement.subject.size}")
    private String subject;
    @Size(max = DisagreementContent.SUMMARY_MAX, message = "{admin.disagreement.summary.size}")
    private String summary;
    @Size(max = 4000, message = "{admin.disagreement.sides.size}")
    private String sides = "";
    private long version;

    static DisagreementForm from(String key, DisagreementContent c, long version) {
        DisagreementForm f = new DisagreementForm();
        f.key = key;
        f.topic = c.topicSlug();
        f.kind = c.kind() == null ? null : c.kind().code();
        f.subject = c.subject();
        f.summary = c.summary();
        f.sides = c.sides().stream().map(s -> s.label() + " | " + String.join(", ", s.factKeys()))
                .collect(Collectors.joining("\n"));
        f.version = version;
        return f;
    }

    /** The content to check and save; an unknown kind stays null, for the rules to name. */
    DisagreementContent content() {
        List<DisagreementContent.Side> parsed = Arrays.stream(sides == null ? new String[0] : sides.split("\\R"))
                .map(String::strip).filter(line -> !line.isEmpty())
                .map(line -> {
                    int bar = line.indexOf('|');
                    String label = bar < 0 ? line : line.substring(0, bar).strip();
                    List<String> keys = bar < 0 ? List.of()
                            : Arrays.stream(line.substring(bar + 1).split("[,\\s]+")).filter(k -> !k.isBlank()).toList();
                    return new DisagreementContent.Side(label, keys);
                }).toList();
        return new DisagreementContent(topic, subject, DisagreementKind.fromCode(kind).orElse(null), summary, parsed);
    }

    public String getKey() { return key; }
    public void setKey(String key) { this.key = key; }
    public String getTopic() { return topic; }
    public void setTopic(String topic) { this.topic = topic; }
    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getSubject() { return subject; }
    public void setSubject(String subject) { this.subject = subject; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public String getSides() { return sides; }
    public void setSides(String sides) { this.sides = sides; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
