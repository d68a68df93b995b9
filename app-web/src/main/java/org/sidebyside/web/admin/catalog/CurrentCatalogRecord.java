package org.sidebyside.web.admin.catalog;

import java.util.Map;
import java.util.Optional;
import org.sidebyside.catalog.CatalogService;
import org.sidebyside.history.EntityType;
import org.sidebyside.web.system.CurrentRecord;
import org.springframework.stereotype.Component;

/** A topic, source or company as its form shows it now, for the conflict page. */
@Component
class CurrentCatalogRecord implements CurrentRecord {

    private final CatalogService catalog;

    CurrentCatalogRecord(CatalogService catalog) {
        this.catalog = catalog;
    }

    @Override
    public boolean shows(EntityType type) {
        return type == EntityType.TOPIC || type == EntityType.SOURCE || type == EntityType.COMPANY;
    }

    @Override
    public Optional<Shown> current(EntityType type, String slug) {
        return switch (type) {
            case TOPIC -> catalog.topic(slug).map(t -> Shown.ofForm("/admin/topics/" + slug + "/edit", TopicForm.from(t)));
            case SOURCE -> catalog.source(slug).map(s -> Shown.ofForm("/admin/sources/" + slug + "/edit", SourceForm.from(s)));
            case COMPANY -> catalog.company(slug).map(c -> new Shown("/admin/companies",
                    Map.<String, Object>of("name", c.getName(), "position", c.getPosition())::get));
            default -> Optional.empty();
        };
    }
}
