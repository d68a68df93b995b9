package org.sidebyside.web.admin.facts;

import java.util.Optional;
import org.sidebyside.fact.FactService;
import org.sidebyside.history.EntityType;
import org.sidebyside.web.system.CurrentRecord;
import org.springframework.stereotype.Component;

/** A fact as its form shows it now, for the conflict page. */
@Component
class CurrentFact implements CurrentRecord {

    private final FactService facts;

    CurrentFact(FactService facts) {
        this.facts = facts;
    }

    @Override
    public boolean shows(EntityType type) {
        return type == EntityType.FACT;
    }

    @Override
    public Optional<Shown> current(EntityType type, String key) {
        return facts.state(key).map(s -> Shown.ofForm("/admin/facts/" + key + "/edit", FactForm.from(s)));
    }
}
