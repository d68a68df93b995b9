package org.sidebyside.web.system;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The page's address and date, which a printed handout shows so it can be traced back. The
 * address is built on the configured public URL ({@code sidebyside.public-url}), never on the
 * request's {@code Host} header, which a client chooses and which would otherwise end up in
 * pages that are cached and served to everyone.
 */
@ControllerAdvice(basePackages = "org.sidebyside.web")
class PrintDetails {

    private final String publicUrl;

    PrintDetails(@Value("${sidebyside.public-url}") String publicUrl) {
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    @ModelAttribute("pageUrl")
    String pageUrl(HttpServletRequest request) {
        String query = request.getQueryString();
        return publicUrl + request.getRequestURI() + (query == null ? "" : "?" + query);
    }

    @ModelAttribute("pageDate")
    LocalDate pageDate() {
        return LocalDate.now(ZoneOffset.UTC);
    }
}
