package org.sidebyside.web.search;

import org.sidebyside.search.Answer;
import org.sidebyside.search.FactSearch;
import org.sidebyside.search.SearchQuery;
import org.sidebyside.search.SearchResults;
import org.sidebyside.web.factbase.FactBase;
import org.sidebyside.web.factbase.FactBaseReader;
import org.sidebyside.web.system.BadRequestException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class SearchController {

    static final String VIEW = "search";

    private final FactSearch search;
    private final FactBaseReader reader;

    SearchController(FactSearch search, FactBaseReader reader) {
        this.search = search;
        this.reader = reader;
    }

    /** Any text is a valid query; only filter values that name nothing are refused. */
    @GetMapping("/search")
    String search(@RequestParam(required = false) String q, @RequestParam(required = false) String company,
                  @RequestParam(required = false) String topic, @RequestParam(required = false) String source,
                  @RequestParam(defaultValue = "1") String page, Model model) {
        FactBase base = reader.published();
        SearchQuery query = SearchQuery.of(q, company, topic, source, pageNumber(page));
        if (query.company() != null && base.company(query.company()).isEmpty()
                || query.topic() != null && base.topic(query.topic()).isEmpty()
                || query.source() != null && base.source(query.source()).isEmpty()) {
            throw new BadRequestException("unknown search filter");
        }
        SearchResults results = search.search(query);
        model.addAttribute("answer", Answer.of(results).orElse(null));
        model.addAttribute("base", base);
        model.addAttribute("query", query);
        model.addAttribute("results", results);
        model.addAttribute("nav", "search");
        return VIEW;
    }

    private static int pageNumber(String page) {
        try {
            int n = Integer.parseInt(page.strip());
            return n < 1 || n > 10_000 ? 1 : n;
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
