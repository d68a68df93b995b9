package org.sidebyside.web.sitemap;

import java.util.ArrayList;
import java.util.List;
import org.sidebyside.web.factbase.FactBase;
import org.sidebyside.web.factbase.FactBaseReader;
import org.sidebyside.web.system.PublicUrl;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.HtmlUtils;

/**
 * For search engines: {@code /robots.txt} keeps them out of the instructors' pages and points
 * to {@code /sitemap.xml}, which lists every public page of the published fact base under the
 * site's public URL.
 */
@Controller
class SitemapController {

    private static final List<String> FIXED = List.of("/", "/compare", "/disagreements", "/study", "/glossary", "/timeline",
            "/stories", "/sources");

    private final FactBaseReader reader;
    private final PublicUrl publicUrl;

    SitemapController(FactBaseReader reader, PublicUrl publicUrl) {
        this.reader = reader;
        this.publicUrl = publicUrl;
    }

    @GetMapping(value = "/robots.txt", produces = MediaType.TEXT_PLAIN_VALUE)
    @ResponseBody
    String robots() {
        return """
                User-agent: *
                Disallow: /admin
                Disallow: /login
                Sitemap: %s/sitemap.xml
                """.formatted(publicUrl.base());
    }

    @GetMapping(value = "/sitemap.xml", produces = MediaType.APPLICATION_XML_VALUE)
    @ResponseBody
    String sitemap() {
        FactBase base = reader.published();
        List<String> paths = new ArrayList<>(FIXED);
        base.stories().forEach(s -> paths.add("/stories/" + s.slug()));
        base.topics().forEach(t -> paths.add("/compare/" + t.slug()));
        base.companies().forEach(c -> paths.add("/companies/" + c.slug()));
        base.sources().forEach(s -> paths.add("/sources/" + s.slug()));
        base.facts().forEach(f -> paths.add("/facts/" + f.key()));
        StringBuilder xml = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                """);
        for (String path : paths) {
            xml.append("  <url><loc>").append(HtmlUtils.htmlEscape(publicUrl.of(path))).append("</loc></url>\n");
        }
        return xml.append("</urlset>\n").toString();
    }
}
