package org.sidebyside.editorial;

import jakarta.persistence.Embeddable;
import java.util.Objects;

/**
 * One section of a story: what it names (a company slug, a topic slug or a comparison key, as
 * the story's layout says) and its heading, if it has one.
 */
@Embeddable
public class StorySection {

    private String item;

    private String heading;

    protected StorySection() {
    }

    public StorySection(String item, String heading) {
        this.item = item;
        this.heading = heading;
    }

    public String getItem() {
        return item;
    }

    public String getHeading() {
        return heading;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StorySection s && Objects.equals(item, s.item) && Objects.equals(heading, s.heading);
    }

    @Override
    public int hashCode() {
        return Objects.hash(item, heading);
    }
}
