package org.sidebyside.web.cite;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.sidebyside.web.factbase.FactBase;
import org.sidebyside.web.factbase.FactBaseReader;
import org.sidebyside.web.system.BadRequestException;
import org.sidebyside.web.system.NotFoundException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code /facts/{key}/cite} and {@code /sources/{slug}/cite}: a citation file for a reference manager. */
@Controller
class CiteController {

    private final FactBaseReader reader;
    private final CitationFormats formats;

    CiteController(FactBaseReader reader, CitationFormats formats) {
        this.reader = reader;
        this.formats = formats;
    }

    @GetMapping("/facts/{key}/cite")
    ResponseEntity<String> fact(@PathVariable String key, @RequestParam(defaultValue = "") String format) {
        CitationFormats.Download download = download(format);
        FactBase base = reader.published();
        return file(key, download, formats.of(base.fact(key).orElseThrow(() -> new NotFoundException("fact " + key))));
    }

    @GetMapping("/sources/{slug}/cite")
    ResponseEntity<String> source(@PathVariable String slug, @RequestParam(defaultValue = "") String format) {
        CitationFormats.Download download = download(format);
        FactBase base = reader.published();
        return file(slug, download, formats.of(base.source(slug).orElseThrow(() -> new NotFoundException("source " + slug))));
    }

    private static CitationFormats.Download download(String format) {
        return CitationFormats.Download.of(format)
                .orElseThrow(() -> new BadRequestException("format is bibtex, ris or csl-json"));
    }

    private ResponseEntity<String> file(String name, CitationFormats.Download download, List<CitationFormats.Entry> entries) {
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.parseMediaType(download.mediaType()), StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(name + "." + download.extension()).build().toString())
                .body(formats.file(entries, download));
    }
}
