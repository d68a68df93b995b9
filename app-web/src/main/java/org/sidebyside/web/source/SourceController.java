package org.sidebyside.web.source;

import org.sidebyside.web.cite.CitationFormats;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.sidebyside.web.factbase.FactBase;
import org.sidebyside.web.factbase.FactBaseReader;
import org.sidebyside.web.factbase.FactView;
import org.sidebyside.web.factbase.SourceView;
import org.sidebyside.web.system.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class SourceController {

    static final String VIEW_LIST = "sources/list";
    static final String VIEW_READER = "sources/reader";

    private final FactBaseReader reader;
    private final CitationFormats formats;

    SourceController(FactBaseReader reader, CitationFormats formats) {
        this.formats = formats;
        this.reader = reader;
    }

    /**
     * A source in the list: its metadata, its APA reference (HTML, as {@link CitationFormats.Reference#html})
     * and how many published facts cite it.
     */
    record SourceEntry(SourceView source, String reference, long facts) {
    }

    @GetMapping("/sources")
    String list(Model model) {
        FactBase base = reader.published();
        Map<String, Long> counts = base.facts().stream()
                .flatMap(f -> f.citations().stream().map(c -> Map.entry(c.source().slug(), f.key())).distinct())
                .collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.counting()));
        model.addAttribute("sources", base.sources().stream()
                .map(s -> new SourceEntry(s, formats.reference(formats.of(s).get(0), CitationFormats.Style.APA).html(),
                        counts.getOrDefault(s.slug(), 0L))).toList());
        model.addAttribute("nav", "sources");
        return VIEW_LIST;
    }

    @GetMapping("/sources/{slug}")
    String read(@PathVariable String slug, Model model) {
        FactBase base = reader.published();
        SourceView source = base.source(slug).orElseThrow(() -> new NotFoundException("source " + slug));
        String text = reader.text(slug).orElseThrow(() -> new NotFoundException("source " + slug));
        List<ReaderText.Cited> quotes = new ArrayList<>();
        for (FactView f : base.facts()) {
            f.citations().stream().filter(c -> c.source().slug().equals(slug))
                    .forEach(c -> quotes.add(new ReaderText.Cited(f, c)));
        }
        quotes.sort(Comparator.comparingInt((ReaderText.Cited q) -> q.citation().start()));
        model.addAttribute("source", source);
        model.addAttribute("text", ReaderText.of(text, quotes));
        model.addAttribute("quoteCount", quotes.size());
        model.addAttribute("nav", "sources");
        return VIEW_READER;
    }
}
