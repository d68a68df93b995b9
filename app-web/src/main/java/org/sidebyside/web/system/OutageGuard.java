package org.sidebyside.web.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;

/**
 * The outermost guard against a database outage. Signed-in sessions live in PostgreSQL, so
 * while it is unreachable a request with a session fails in the session filter, before any
 * controller could answer. This filter, placed before the session filter, turns such a failure
 * into the same honest 503 that controllers give (a page in the site's layout, or a problem
 * document for the API, with {@code Retry-After}), and gives back what was typed into an
 * admin form. The page is rendered without touching the session.
 */
@Component
class OutageGuard extends OncePerRequestFilter implements Ordered {

    private static final Logger log = LoggerFactory.getLogger(OutageGuard.class);
    /** Outside Spring Session's filter ({@code Integer.MIN_VALUE + 50}), inside character encoding. */
    static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 20;

    private final ViewResolver views;

    OutageGuard(ViewResolver thymeleafViewResolver) {
        this.views = thymeleafViewResolver;
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            if (!DatabaseOutage.isCause(e) || response.isCommitted()) {
                throw e;
            }
            log.warn("Database unreachable on {} {}: {}", request.getMethod(), request.getRequestURI(), e.getMessage());
            answer(request, response);
        }
    }

    private void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.reset();
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, ErrorPages.RETRY_AFTER_SECONDS);
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Service Unavailable\",\"status\":503,"
                    + "\"detail\":\"The fact base cannot be reached just now. Try again in a few seconds.\"}");
            return;
        }
        try {
            View view = views.resolveViewName("error/503", request.getLocale());
            Map<String, Object> model = new HashMap<>();
            model.put("status", 503);
            model.put(KeptInput.ATTRIBUTE, KeptInput.of(request));
            view.render(model, request, response);
        } catch (Exception rendering) {
            log.warn("Could not render the 503 page", rendering);
            response.setContentType(MediaType.TEXT_PLAIN_VALUE);
            response.getWriter().write("The site cannot reach its database just now. Try again in a few seconds.");
        }
    }
}
