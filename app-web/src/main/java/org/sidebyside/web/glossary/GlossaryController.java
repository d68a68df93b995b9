package org.sidebyside.web.glossary;

import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import org.sidebyside.web.factbase.FactBase;
import org.sidebyside.web.factbase.FactBaseReader;
import org.sidebyside.web.factbase.FactView;
import org.sidebyside.web.factbase.GlossaryView;
import org.sidebyside.web.factbase.SourceView;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /glossary}: each term with its definition, where the articles use it and the facts that do. */
@Controller
class GlossaryController {

    private final FactBaseReader reader;

    GlossaryController(FactBaseReader reader) {
        this.reader = reader;
    }

    /** An article using a term: how often, and the words as they first stand there (for a text fragment link). */
    record Use(SourceView source, int times, String first) {

        /**
         * The words as a text fragment directive wants them ({@code #:~:text=}): percent-encoded,
         * including the hyphen, comma and ampersand, which the directive's own syntax uses.
         */
        public String fragment() {
            return java.net.URLEncoder.encode(first, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20")
                    .replace("-", "%2D");
        }
    }

    /** A term with where it is used. */
    record Entry(GlossaryView term, List<Use> uses, List<FactView> facts) {
    }

    @GetMapping("/glossary")
    String glossary(Model model) {
        FactBase base = reader.published();
        List<Entry> entries = base.glossary().stream()
                .sorted(Comparator.comparing(g -> g.term().toLowerCase(java.util.Locale.ROOT)))
                .map(g -> entry(base, g)).toList();
        model.addAttribute("entries", entries);
        model.addAttribute("letters", entries.stream().map(e -> e.term().term().substring(0, 1).toUpperCase(java.util.Locale.ROOT))
                .distinct().toList());
        model.addAttribute("nav", "glossary");
        return "glossary";
    }

    private static Entry entry(FactBase base, GlossaryView g) {
        var pattern = g.pattern();
        List<Use> uses = base.sources().stream().map(s -> {
            String text = base.text(s.slug()).orElse("");
            Matcher m = pattern.matcher(text);
            int times = 0;
            String first = null;
            while (m.find()) {
                if (first == null) {
                    first = m.group();
                }
                times++;
            }
            return new Use(s, times, first);
        }).filter(u -> u.times() > 0).toList();
        List<FactView> facts = base.facts().stream().filter(f -> pattern.matcher(f.statement()).find()
                || f.citations().stream().anyMatch(c -> pattern.matcher(c.quote()).find())).toList();
        return new Entry(g, uses, facts);
    }
}
