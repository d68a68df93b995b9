package org.sidebyside.web.story;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.sidebyside.editorial.EditorialList;
import org.sidebyside.web.factbase.Comparisons;
import org.sidebyside.web.factbase.CompanyView;
import org.sidebyside.web.factbase.FactBase;
import org.sidebyside.web.factbase.FactBaseReader;
import org.sidebyside.web.factbase.FactView;
import org.sidebyside.web.factbase.Footnotes;
import org.sidebyside.web.factbase.PairRow;
import org.sidebyside.web.factbase.TopicView;
import org.sidebyside.web.system.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class StoryController {

    private final FactBaseReader reader;
    private final Comparisons comparisons;

    StoryController(FactBaseReader reader, Comparisons comparisons) {
        this.reader = reader;
        this.comparisons = comparisons;
    }

    /** One company's part of a story. */
    record CompanyStory(CompanyView company, List<FactView> facts) {
    }

    /** A lesson, its number and the topic it draws on. */
    record Lesson(int number, FactView fact, TopicView topic) {
    }

    @GetMapping("/stories")
    String index(Model model) {
        model.addAttribute("nav", "stories");
        return "stories/index";
    }

    @GetMapping("/stories/failed-products")
    String failedProducts(Model model) {
        FactBase base = reader.published();
        TopicView topic = topic(base, "failed-products");
        List<FactView> facts = base.factsOn(topic);
        List<CompanyStory> parts = base.companies().stream()
                .map(c -> new CompanyStory(c, facts.stream().filter(f -> c.equals(f.company())).toList())).toList();
        List<FactView> both = facts.stream().filter(FactView::aboutBoth).toList();
        List<FactView> inOrder = new ArrayList<>(both);
        parts.forEach(p -> inOrder.addAll(p.facts()));
        model.addAttribute("topic", topic);
        model.addAttribute("both", both);
        model.addAttribute("parts", parts);
        model.addAttribute("footnotes", new Footnotes(inOrder));
        model.addAttribute("nav", "stories");
        return "stories/failed-products";
    }

    @GetMapping("/stories/lessons")
    String lessons(Model model) {
        FactBase base = reader.published();
        TopicView topic = topic(base, "lessons");
        // lessons in the order they were added (the article's); where each leads is data
        List<String> leadsTo = base.list(EditorialList.LESSON_TOPICS);
        List<FactView> inOrder = base.factsOn(topic).stream().sorted(java.util.Comparator.comparingLong(FactView::id)).toList();
        List<Lesson> lessons = new ArrayList<>();
        for (FactView f : inOrder) {
            int n = lessons.size() + 1;
            TopicView about = n <= leadsTo.size() ? base.topic(leadsTo.get(n - 1)).orElse(null) : null;
            lessons.add(new Lesson(n, f, about));
        }
        model.addAttribute("topic", topic);
        model.addAttribute("lessons", lessons);
        model.addAttribute("footnotes", new Footnotes(lessons.stream().map(Lesson::fact).toList()));
        model.addAttribute("nav", "stories");
        return "stories/lessons";
    }

    @GetMapping("/stories/customer-experience")
    String customerExperience(Model model) {
        FactBase base = reader.published();
        TopicView topic = topic(base, "customer-experience");
        List<FactView> facts = base.factsOn(topic);
        // a pillar's facts may be filed under another topic (saving the world under sustainability)
        List<String> pillarKeys = base.list(EditorialList.CUSTOMER_EXPERIENCE_PILLARS);
        Map<String, PairRow> allRows = comparisons.rows(base, base.facts()).stream()
                .collect(Collectors.toMap(PairRow::comparison, r -> r));
        List<PairRow> pillars = pillarKeys.stream().filter(allRows::containsKey).map(allRows::get).toList();
        List<PairRow> contrasts = comparisons.rows(base, facts).stream()
                .filter(r -> !pillarKeys.contains(r.comparison())).toList();
        List<PairRow> rows = new ArrayList<>(contrasts);
        rows.addAll(pillars);
        Set<String> shown = new HashSet<>();
        rows.forEach(r -> r.facts().forEach(f -> shown.add(f.key())));
        List<FactView> both = facts.stream().filter(FactView::aboutBoth).toList();
        List<CompanyStory> more = base.companies().stream().map(c -> new CompanyStory(c, facts.stream()
                .filter(f -> c.equals(f.company()) && !shown.contains(f.key())).toList())).toList();
        List<FactView> inOrder = new ArrayList<>(both);
        contrasts.forEach(r -> inOrder.addAll(r.facts()));
        pillars.forEach(r -> inOrder.addAll(r.facts()));
        more.forEach(p -> inOrder.addAll(p.facts()));
        model.addAttribute("topic", topic);
        model.addAttribute("both", both);
        model.addAttribute("contrasts", contrasts);
        model.addAttribute("pillars", pillars);
        model.addAttribute("more", more);
        model.addAttribute("base", base);
        model.addAttribute("footnotes", new Footnotes(inOrder));
        model.addAttribute("nav", "stories");
        return "stories/customer-experience";
    }

    private static TopicView topic(FactBase base, String slug) {
        return base.topic(slug).orElseThrow(() -> new NotFoundException("topic " + slug));
    }
}
