package org.sidebyside.web.story;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    /** The topic each of the eight lessons is about, in lesson order. */
    static final List<String> LESSON_TOPICS = List.of("business-model", "payments", "credit-finance",
            "credit-finance", "logistics", "marketing-data", "online-to-offline", "shopping-events");
    private static final Pattern LESSON_KEY = Pattern.compile("lesson-(\\d+)-.*");

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
        List<Lesson> lessons = new ArrayList<>();
        for (FactView f : base.factsOn(topic)) {
            Matcher m = LESSON_KEY.matcher(f.key());
            int n = m.matches() ? Integer.parseInt(m.group(1)) : lessons.size() + 1;
            TopicView about = n >= 1 && n <= LESSON_TOPICS.size() ? base.topic(LESSON_TOPICS.get(n - 1)).orElse(null) : null;
            lessons.add(new Lesson(n, f, about));
        }
        lessons.sort(java.util.Comparator.comparingInt(Lesson::number));
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
        List<PairRow> pillars = comparisons.rows(base, base.facts()).stream()
                .filter(r -> r.comparison().startsWith("oycr-")).toList();
        List<PairRow> contrasts = comparisons.rows(base, facts).stream()
                .filter(r -> !r.comparison().startsWith("oycr-")).toList();
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
