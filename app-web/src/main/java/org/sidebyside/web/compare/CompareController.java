package org.sidebyside.web.compare;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sidebyside.web.factbase.Comparisons;
import org.sidebyside.web.factbase.FactBase;
import org.sidebyside.web.factbase.FactBaseReader;
import org.sidebyside.web.factbase.FactView;
import org.sidebyside.web.factbase.Footnotes;
import org.sidebyside.web.factbase.PairRow;
import org.sidebyside.web.factbase.TopicView;
import org.sidebyside.web.system.BadRequestException;
import org.sidebyside.web.system.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class CompareController {

    static final String VIEW_OVERVIEW = "compare/overview";
    static final String VIEW_TOPIC = "compare/topic";

    private final FactBaseReader reader;
    private final Comparisons comparisons;

    CompareController(FactBaseReader reader, Comparisons comparisons) {
        this.reader = reader;
        this.comparisons = comparisons;
    }

    /** Every topic's head-to-head rows on one page. */
    @GetMapping("/compare")
    String overview(Model model) {
        FactBase base = reader.published();
        List<TopicRows> topics = new ArrayList<>();
        List<FactView> inOrder = new ArrayList<>();
        for (TopicView t : base.topics()) {
            List<FactView> facts = base.factsOn(t);
            List<PairRow> rows = comparisons.rows(base, facts);
            rows.forEach(r -> inOrder.addAll(r.facts()));
            topics.add(new TopicRows(t, rows, facts.size()));
        }
        model.addAttribute("base", base);
        model.addAttribute("topics", topics);
        model.addAttribute("footnotes", new Footnotes(inOrder));
        model.addAttribute("nav", "compare");
        return VIEW_OVERVIEW;
    }

    /** A topic's head-to-head rows and how many facts it has in all. */
    record TopicRows(TopicView topic, List<PairRow> rows, int factCount) {
    }

    @GetMapping("/compare/{topic}")
    String topic(@PathVariable String topic, @RequestParam(defaultValue = "all") String view, Model model) {
        if (!view.equals("all") && !view.equals("differences")) {
            throw new BadRequestException("view is all or differences");
        }
        FactBase base = reader.published();
        TopicView t = base.topic(topic).orElseThrow(() -> new NotFoundException("topic " + topic));
        boolean differencesOnly = view.equals("differences");
        List<FactView> facts = base.factsOn(t);
        List<PairRow> rows = comparisons.rows(base, facts);
        Set<String> paired = new HashSet<>();
        rows.forEach(r -> r.facts().forEach(f -> paired.add(f.key())));
        List<List<FactView>> columns = base.companies().stream()
                .map(c -> differencesOnly ? List.<FactView>of()
                        : facts.stream().filter(f -> c.equals(f.company()) && !paired.contains(f.key())).toList())
                .toList();
        List<FactView> both = differencesOnly ? List.of() : facts.stream().filter(FactView::aboutBoth).toList();
        List<FactView> context = differencesOnly ? List.of() : facts.stream().filter(FactView::isContext).toList();

        List<FactView> inOrder = new ArrayList<>();
        rows.forEach(r -> inOrder.addAll(r.facts()));
        columns.forEach(inOrder::addAll);
        inOrder.addAll(both);
        inOrder.addAll(context);
        int index = base.topics().indexOf(t);
        TopicPage page = new TopicPage(t, rows, columns, both, context, base.disagreementsOn(t), comparisons.charts(rows),
                new Footnotes(inOrder),
                differencesOnly, index > 0 ? base.topics().get(index - 1) : null,
                index + 1 < base.topics().size() ? base.topics().get(index + 1) : null, facts.size());
        model.addAttribute("base", base);
        model.addAttribute("page", page);
        model.addAttribute("footnotes", page.footnotes());
        model.addAttribute("nav", "compare");
        return VIEW_TOPIC;
    }
}
