package org.sidebyside.web.timeline;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.sidebyside.web.factbase.CompanyView;
import org.sidebyside.web.factbase.FactBase;
import org.sidebyside.web.factbase.FactBaseReader;
import org.sidebyside.web.factbase.FactView;
import org.sidebyside.web.factbase.Footnotes;
import org.sidebyside.web.factbase.TopicView;
import org.sidebyside.web.system.BadRequestException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class TimelineController {

    static final String VIEW = "timeline";

    private final FactBaseReader reader;

    TimelineController(FactBaseReader reader) {
        this.reader = reader;
    }

    /**
     * One year of the timeline: a lane per company (in column order), then what concerns both
     * companies or a market.
     *
     * @param anyShown whether the filters leave any of its facts on view
     */
    record Year(int year, List<List<FactView>> lanes, List<FactView> shared, boolean anyShown) {
    }

    @GetMapping("/timeline")
    String timeline(@RequestParam(required = false) String company, @RequestParam(required = false) String topic,
                    Model model) {
        FactBase base = reader.published();
        CompanyView c = blank(company) ? null : base.company(company)
                .orElseThrow(() -> new BadRequestException("unknown company " + company));
        TopicView t = blank(topic) ? null : base.topic(topic)
                .orElseThrow(() -> new BadRequestException("unknown topic " + topic));
        // every dated fact is on the page, those the filters leave out hidden: without JavaScript
        // the form reloads it filtered; with it, the filters apply in place, to and from any choice
        List<FactView> dated = base.facts().stream()
                .filter(f -> f.asOf() != null)
                .sorted(Comparator.comparing(FactView::asOf).thenComparingLong(FactView::id))
                .toList();
        java.util.Set<String> shown = dated.stream()
                .filter(f -> c == null || c.equals(f.company()) || f.aboutBoth())
                .filter(f -> t == null || t.equals(f.topic()))
                .map(FactView::key).collect(Collectors.toSet());
        Map<Integer, List<FactView>> byYear = dated.stream()
                .collect(Collectors.groupingBy(f -> f.asOf().year(), LinkedHashMap::new, Collectors.toList()));
        List<Year> years = byYear.entrySet().stream().map(e -> new Year(e.getKey(),
                base.companies().stream().map(co -> e.getValue().stream().filter(f -> co.equals(f.company())).toList()).toList(),
                e.getValue().stream().filter(f -> f.company() == null).toList(),
                e.getValue().stream().anyMatch(f -> shown.contains(f.key())))).toList();
        model.addAttribute("base", base);
        model.addAttribute("company", c);
        model.addAttribute("topic", t);
        model.addAttribute("years", years);
        model.addAttribute("shown", shown);
        model.addAttribute("count", shown.size());
        model.addAttribute("footnotes", new Footnotes(dated));
        model.addAttribute("nav", "timeline");
        return VIEW;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
