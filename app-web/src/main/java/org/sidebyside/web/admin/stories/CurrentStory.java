package org.sidebyside.web.admin.stories;

import java.util.Optional;
import org.sidebyside.editorial.StoryService;
import org.sidebyside.history.EntityType;
import org.sidebyside.web.system.CurrentRecord;
import org.springframework.stereotype.Component;

/** A story as its form shows it now, for the conflict page. */
@Component
class CurrentStory implements CurrentRecord {

    private final StoryService stories;

    CurrentStory(StoryService stories) {
        this.stories = stories;
    }

    @Override
    public boolean shows(EntityType type) {
        return type == EntityType.STORY;
    }

    @Override
    public Optional<Shown> current(EntityType type, String slug) {
        return stories.find(slug).map(s -> Shown.ofForm("/admin/stories/" + slug + "/edit", StoryForm.from(s)));
    }
}
