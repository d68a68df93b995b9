package org.sidebyside.web.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.sidebyside.catalog.Topic;
import org.sidebyside.catalog.TopicRepository;
import org.sidebyside.fact.Citation;
import org.sidebyside.fact.CitationRepository;
import org.sidebyside.fact.Fact;
import org.sidebyside.fact.FactRepository;
import org.sidebyside.fact.FactStatus;
import org.sidebyside.history.RevisionRepository;
import org.sidebyside.quote.QuoteLocator;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** What needs an instructor's attention, on one page. */
@Controller
class DashboardController {

    private final FactRepository facts;
    private final CitationRepository citations;
    private final TopicRepository topics;
    private final RevisionRepository revisions;

    DashboardController(FactRepository facts, CitationRepository citations, TopicRepository topics,
                        RevisionRepository revisions) {
        this.facts = facts;
        this.citations = citations;
        this.topics = topics;
        this.revisions = revisions;
    }

    /** A topic with published facts on only one company. */
    record OneSided(Topic topic, String company) {
    }

    @GetMapping("/admin")
    @Transactional(readOnly = true)
    String dashboard(Model model) {
        List<Fact> all = facts.findAllWithContent();
        model.addAttribute("drafts", all.stream().filter(f -> f.getStatus() == FactStatus.DRAFT).count());
        model.addAttribute("published", all.stream().filter(f -> f.getStatus() == FactStatus.PUBLISHED).count());
        model.addAttribute("uncited", all.stream().filter(f -> f.getCitations().isEmpty()).toList());
        List<Citation> broken = new ArrayList<>();
        for (Citation c : citations.findAllWithFactAndSource()) {
            if (!QuoteLocator.standsAt(c.getSource().getFullText(), c.getQuote(), c.getStartOffset(), c.getEndOffset())) {
                broken.add(c);
            }
        }
        model.addAttribute("broken", broken);
        Map<String, Set<String>> companiesByTopic = new TreeMap<>();
        all.stream().filter(f -> f.getStatus() == FactStatus.PUBLISHED && f.getCompany() != null)
                .forEach(f -> companiesByTopic.computeIfAbsent(f.getTopic().getSlug(), t -> new TreeSet<>())
                        .add(f.getCompany().getName()));
        List<OneSided> oneSided = new ArrayList<>();
        for (Topic t : topics.findAllByOrderByPosition()) {
            Set<String> covered = companiesByTopic.getOrDefault(t.getSlug(), Set.of());
            if (covered.size() == 1) {
                oneSided.add(new OneSided(t, covered.iterator().next()));
            }
        }
        model.addAttribute("oneSided", oneSided);
        model.addAttribute("recent", revisions.findTop10ByOrderByIdDesc());
        model.addAttribute("adminNav", "dashboard");
        return "admin/dashboard";
    }
}
