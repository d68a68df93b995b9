package org.sidebyside.web.disagreement;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sidebyside.disagreement.DisagreementKind;
import org.sidebyside.web.factbase.DisagreementView;
import org.sidebyside.web.factbase.FactBase;
import org.sidebyside.web.factbase.FactBaseReader;
import org.sidebyside.web.factbase.TopicView;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /disagreements}: every disagreement between the articles, by topic, each side with its quotes and dates. */
@Controller
class DisagreementController {

    private final FactBaseReader reader;

    DisagreementController(FactBaseReader reader) {
        this.reader = reader;
    }

    /** A topic and its disagreements, for one section of the page. */
    record TopicDisagreements(TopicView topic, List<DisagreementView> disagreements) {
    }

    /** How many disagreements are of a kind, for the summary at the top. */
    record KindCount(DisagreementKind kind, long count) {
    }

    @GetMapping("/disagreements")
    String disagreements(Model model) {
        FactBase base = reader.published();
        List<TopicDisagreements> byTopic = base.topics().stream()
                .map(t -> new TopicDisagreements(t, base.disagreementsOn(t)))
                .filter(t -> !t.disagreements().isEmpty()).toList();
        Map<DisagreementKind, Long> counts = base.disagreements().stream()
                .collect(Collectors.groupingBy(DisagreementView::kind, Collectors.counting()));
        model.addAttribute("byTopic", byTopic);
        model.addAttribute("total", base.disagreements().size());
        model.addAttribute("kinds", java.util.Arrays.stream(DisagreementKind.values())
                .map(k -> new KindCount(k, counts.getOrDefault(k, 0L))).toList());
        model.addAttribute("nav", "disagreements");
        return "disagreements";
    }
}
