package org.sidebyside.web.system;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.sidebyside.web.factbase.FactBaseReader;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * While the database cannot be reached, student pages still show the fact base from memory
 * and say as of when ({@code offlineAsOf} in the layout); null otherwise.
 */
@ControllerAdvice(basePackages = "org.sidebyside.web")
class FactBaseStatus {

    private final FactBaseReader reader;

    FactBaseStatus(FactBaseReader reader) {
        this.reader = reader;
    }

    @ModelAttribute("offlineAsOf")
    LocalDateTime offlineAsOf() {
        return reader.mayBeBehind() ? LocalDateTime.ofInstant(reader.published().readAt(), ZoneOffset.UTC) : null;
    }
}
