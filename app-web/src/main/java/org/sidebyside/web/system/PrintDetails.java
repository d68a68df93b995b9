package org.sidebyside.web.system;

import java.time.LocalDate;
import java.time.ZoneOffset;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The page's address and date, which a printed handout shows so it can be traced back. */
@ControllerAdvice(basePackages = "org.sidebyside.web")
class PrintDetails {

    @ModelAttribute("pageUrl")
    String pageUrl() {
        return ServletUriComponentsBuilder.fromCurrentRequest().toUriString();
    }

    @ModelAttribute("pageDate")
    LocalDate pageDate() {
        return LocalDate.now(ZoneOffset.UTC);
    }
}
