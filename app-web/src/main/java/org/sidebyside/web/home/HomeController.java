package org.sidebyside.web.home;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.sidebyside.editorial.EditorialList;
import org.sidebyside.web.factbase.Comparisons;
import org.sidebyside.web.factbase.FactBase;
import org.sidebyside.web.factbase.FactBaseReader;
import org.sidebyside.web.factbase.FactView;
import org.sidebyside.web.factbase.Footnotes;
import org.sidebyside.web.factbase.PairRow;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

    static final String VIEW = "home";

    private final FactBaseReader reader;
    private final Comparisons comparisons;

    HomeController(FactBaseReader reader, Comparisons comparisons) {
        this.reader = reader;
        this.comparisons = comparisons;
    }

    @GetMapping("/")
    String home(Model model) {
        FactBase base = reader.published();
        Map<String, PairRow> rows = comparisons.rows(base, base.facts()).stream()
                .collect(Collectors.toMap(PairRow::comparison, r -> r));
        // which comparisons give the two companies at a glance is an editorial choice, kept as data
        List<PairRow> glance = base.list(EditorialList.HOME_AT_A_GLANCE).stream()
                .filter(rows::containsKey).map(rows::get).toList();
        List<FactView> inOrder = new ArrayList<>();
        glance.forEach(r -> inOrder.addAll(r.facts()));
        List<TopicCoverage> topics = base.topics().stream().map(t -> {
            List<FactView> facts = base.factsOn(t);
            return new TopicCoverage(t.slug(), t.name(), t.description(),
                    base.companies().stream().map(c -> facts.stream().filter(f -> c.equals(f.company())).count()).toList(),
                    facts.stream().filter(FactView::aboutBoth).count());
        }).toList();
        model.addAttribute("base", base);
        model.addAttribute("glance", glance);
        model.addAttribute("topics", topics);
        model.addAttribute("totalFacts", base.facts().size());
        model.addAttribute("footnotes", new Footnotes(inOrder));
        model.addAttribute("nav", "home");
        return VIEW;
    }
}
