package org.sidebyside.web.system;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.sidebyside.web.factbase.CompanyView;
import org.sidebyside.web.factbase.FactBaseReader;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the layout of every page takes from the fact base: the companies, for the brand and
 * the navigation (named and ordered as instructors set them), and, while the database cannot
 * be reached, as of when the pages shown from memory are ({@code offlineAsOf}; null otherwise).
 */
@ControllerAdvice(basePackages = "org.sidebyside.web")
class FactBaseStatus {

    private final FactBaseReader reader;

    FactBaseStatus(FactBaseReader reader) {
        this.reader = reader;
    }

    @ModelAttribute("siteCompanies")
    List<CompanyView> siteCompanies() {
        return reader.published().companies();
    }

    @ModelAttribute("offlineAsOf")
    LocalDateTime offlineAsOf() {
        return reader.mayBeBehind() ? LocalDateTime.ofInstant(reader.published().readAt(), ZoneOffset.UTC) : null;
    }
}
