package org.sidebyside.web.system;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where students reach the site ({@code sidebyside.public-url}): printed pages, the sitemap,
 * robots.txt and the OpenAPI document name it, never the request's {@code Host} header, which
 * a client chooses and which would otherwise end up in pages cached and served to everyone.
 */
@Component
public class PublicUrl {

    private final String base;

    PublicUrl(@Value("${sidebyside.public-url}") String url) {
        this.base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** The public address itself, without a trailing slash. */
    public String base() {
        return base;
    }

    /** The public address of a path on the site, such as {@code /compare/payments?view=differences}. */
    public String of(String pathAndQuery) {
        return base + pathAndQuery;
    }
}
