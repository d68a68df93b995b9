package org.sidebyside.web.system;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The page's address and date, which a printed handout shows so it can be traced back. The
 * address is built on the {@link PublicUrl}, never on the request's {@code Host} header.
 */
@ControllerAdvice(basePackages = "org.sidebyside.web")
class PrintDetails {

    private final PublicUrl publicUrl;

    PrintDetails(PublicUrl publicUrl) {
        this.publicUrl = publicUrl;
    }

    @ModelAttribute("pageUrl")
    String pageUrl(HttpServletRequest request) {
        String query = request.getQueryString();
        return publicUrl.of(request.getRequestURI() + (query == null ? "" : "?" + query));
    }

    @ModelAttribute("pageDate")
    LocalDate pageDate() {
        return LocalDate.now(ZoneOffset.UTC);
    }
}
