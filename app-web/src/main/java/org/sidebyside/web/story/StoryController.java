package org.sidebyside.web.story;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.sidebyside.web.factbase.Comparisons;
import org.sidebyside.web.factbase.CompanyView;
import org.sidebyside.web.factbase.FactBase;
import org.sidebyside.web.factbase.FactBaseReader;
import org.sidebyside.web.factbase.FactView;
import org.sidebyside.web.factbase.Footnotes;
import org.sidebyside.web.factbase.PairRow;
import org.sidebyside.web.factbase.StoryView;
import org.sidebyside.web.factbase.TopicView;
import org.sidebyside.web.system.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class StoryController {

    private final FactBaseReader reader;
    private final Comparisons comparisons;

    StoryController(FactBaseReader reader, Comparisons comparisons) {
        this.reader = reader;
        this.comparisons = comparisons;
    }

    /** One company's part of a story, under its heading. */
    record CompanyStory(CompanyView company, String heading, List<FactView> facts) {
    }

    /** A lesson, its number and the topic it leads to (null: none). */
    record Lesson(int number, FactView fact, TopicView topic) {
    }

    @GetMapping("/stories")
    String index(Model model) {
        model.addAttribute("stories", reader.published().stories());
        model.addAttribute("nav", "stories");
        return "stories/index";
    }

    @GetMapping("/stories/{slug}")
    String story(@PathVariable String slug, Model model) {
        FactBase base = reader.published();
        StoryView story = base.story(slug).orElseThrow(() -> new NotFoundException("story " + slug));
        model.addAttribute("story", story);
        model.addAttribute("topic", story.topic());
        model.addAttribute("nav", "stories");
        return switch (story.layout()) {
            case BY_COMPANY -> byCompany(base, story, model);
            case NUMBERED -> numbered(base, story, model);
            case PILLARS -> pillars(base, story, model);
        };
    }

    /** The topic's facts about both companies, then a column per company, each under its section's heading. */
    private String byCompany(FactBase base, StoryView story, Model model) {
        List<FactView> facts = base.factsOn(story.topic());
        List<CompanyStory> parts = base.companies().stream()
                .map(c -> new CompanyStory(c, story.heading(c.slug()) == null ? c.name() : story.heading(c.slug()),
                        facts.stream().filter(f -> c.equals(f.company())).toList())).toList();
        List<FactView> both = facts.stream().filter(f -> f.aboutBoth() || f.isContext()).toList();
        List<FactView> inOrder = new ArrayList<>(both);
        parts.forEach(p -> inOrder.addAll(p.facts()));
        model.addAttribute("both", both);
        model.addAttribute("parts", parts);
        model.addAttribute("footnotes", new Footnotes(inOrder));
        return "stories/by-company";
    }

    /** The topic's facts in the order they were added (the article's), each leading to its section's topic. */
    private String numbered(FactBase base, StoryView story, Model model) {
        List<String> leadsTo = story.items();
        List<FactView> inOrder = base.factsOn(story.topic()).stream().sorted(Comparator.comparingLong(FactView::id)).toList();
        List<Lesson> lessons = new ArrayList<>();
        for (FactView f : inOrder) {
            int n = lessons.size() + 1;
            TopicView about = n <= leadsTo.size() ? base.topic(leadsTo.get(n - 1)).orElse(null) : null;
            lessons.add(new Lesson(n, f, about));
        }
        model.addAttribute("lessons", lessons);
        model.addAttribute("footnotes", new Footnotes(lessons.stream().map(Lesson::fact).toList()));
        return "stories/numbered";
    }

    /**
     * Where the companies differ on the topic, then the pillars (a pillar's facts may be filed
     * under another topic), then the rest of each company's facts.
     */
    private String pillars(FactBase base, StoryView story, Model model) {
        List<FactView> facts = base.factsOn(story.topic());
        List<String> pillarKeys = story.items();
        Map<String, PairRow> allRows = comparisons.rows(base, base.facts()).stream()
                .collect(Collectors.toMap(PairRow::comparison, r -> r));
        List<PairRow> pillars = pillarKeys.stream().filter(allRows::containsKey).map(allRows::get).toList();
        List<PairRow> contrasts = comparisons.rows(base, facts).stream()
                .filter(r -> !pillarKeys.contains(r.comparison())).toList();
        Set<String> shown = new HashSet<>();
        contrasts.forEach(r -> r.facts().forEach(f -> shown.add(f.key())));
        pillars.forEach(r -> r.facts().forEach(f -> shown.add(f.key())));
        List<FactView> both = facts.stream().filter(f -> f.aboutBoth() || f.isContext()).toList();
        List<CompanyStory> more = base.companies().stream().map(c -> new CompanyStory(c, c.name(), facts.stream()
                .filter(f -> c.equals(f.company()) && !shown.contains(f.key())).toList())).toList();
        List<FactView> inOrder = new ArrayList<>(both);
        contrasts.forEach(r -> inOrder.addAll(r.facts()));
        pillars.forEach(r -> inOrder.addAll(r.facts()));
        more.forEach(p -> inOrder.addAll(p.facts()));
        model.addAttribute("both", both);
        model.addAttribute("contrasts", contrasts);
        model.addAttribute("pillars", pillars);
        model.addAttribute("more", more);
        model.addAttribute("base", base);
        model.addAttribute("footnotes", new Footnotes(inOrder));
        return "stories/pillars";
    }
}
