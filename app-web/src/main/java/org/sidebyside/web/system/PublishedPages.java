package org.sidebyside.web.system;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;
import org.sidebyside.web.factbase.FactBaseReader;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * HTTP caching of what anonymous students read: the pages, the exports and the API.
 *
 * <ul>
 * <li>Each response carries a weak ETag made of the fact base's version, the app's build and
 * the day (pages print the date), and {@code Cache-Control: no-cache}: browsers and proxies
 * keep the response but ask again each time, and get a 304 without any rendering until
 * something students see is published, edited or imported.</li>
 * <li>The rendered body is kept per URL and ETag, gzip-compressed once, so a lecture hall
 * opening the same page is served from memory. A new version is a new key; old entries age
 * out of a cache bounded by size.</li>
 * </ul>
 * Signed-in users (instructors) and every other path get neither: their pages stay private
 * and uncached ({@code no-store} from Spring Security).
 */
class PublishedPages extends OncePerRequestFilter {

    /** Paths whose content depends only on the URL and the published fact base. */
    static final List<String> PUBLIC_PATHS = List.of("/", "/compare", "/compare/", "/sources", "/sources/",
            "/timeline", "/stories", "/stories/", "/disagreements", "/glossary", "/companies/", "/search", "/facts/", "/export/", "/api/");
    private static final int MAX_BODY = 1024 * 1024;
    private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

    private record Key(String etag, String url) {
    }

    private record Page(String contentType, String disposition, byte[] identity, byte[] gzip) {

        int weight() {
            return identity.length + (gzip == null ? 0 : gzip.length) + 64;
        }
    }

    private final FactBaseReader reader;
    private final String build;
    private final Clock clock;
    private final Cache<Key, Page> pages;

    PublishedPages(FactBaseReader reader, String build, Clock clock, boolean cacheBodies, long maxBytes) {
        this.reader = reader;
        this.build = build;
        this.clock = clock;
        this.pages = cacheBodies
                ? Caffeine.newBuilder().maximumWeight(maxBytes).weigher((Key k, Page p) -> p.weight()).build()
                : null;
    }

    static boolean isPublic(String path) {
        for (String p : PUBLIC_PATHS) {
            if (p.endsWith("/") && p.length() > 1 ? path.startsWith(p) : path.equals(p)) {
                return true;
            }
        }
        return false;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String method = request.getMethod();
        return !("GET".equals(method) || "HEAD".equals(method))
                || !isPublic(request.getRequestURI().substring(request.getContextPath().length()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        if (user != null && user.isAuthenticated() && !TRUST.isAnonymous(user)) {
            chain.doFilter(request, response);
            return;
        }
        // pages rendered while the database is unreachable say so: they get validators of their own
        String etag = "W/\"" + reader.published().version() + "-" + build + "-" + LocalDate.now(clock)
                + (reader.mayBeBehind() ? "-offline" : "") + "\"";
        response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
        if (new ServletWebRequest(request, response).checkNotModified(etag)) {
            return;
        }
        if (pages == null || "HEAD".equals(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        String query = request.getQueryString();
        Key key = new Key(etag, query == null ? request.getRequestURI() : request.getRequestURI() + "?" + query);
        Page page = pages.getIfPresent(key);
        if (page == null) {
            ContentCachingResponseWrapper rendered = new ContentCachingResponseWrapper(response);
            chain.doFilter(request, rendered);
            if (rendered.getStatus() != HttpServletResponse.SC_OK || rendered.getContentSize() > MAX_BODY
                    || rendered.containsHeader(HttpHeaders.SET_COOKIE) || rendered.getContentType() == null) {
                rendered.copyBodyToResponse();
                return;
            }
            byte[] body = rendered.getContentAsByteArray();
            page = new Page(rendered.getContentType(), rendered.getHeader(HttpHeaders.CONTENT_DISPOSITION), body,
                    body.length >= 256 ? gzip(body) : null);
            pages.put(key, page);
        } else {
            response.setContentType(page.contentType());
            if (page.disposition() != null) {
                response.setHeader(HttpHeaders.CONTENT_DISPOSITION, page.disposition());
            }
        }
        byte[] out = page.identity();
        if (page.gzip() != null && acceptsGzip(request)) {
            response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
            out = page.gzip();
        }
        response.setContentLength(out.length);
        response.getOutputStream().write(out);
    }

    private static boolean acceptsGzip(HttpServletRequest request) {
        String accepted = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
        return accepted != null && accepted.toLowerCase(Locale.ROOT).contains("gzip");
    }

    private static byte[] gzip(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4);
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
