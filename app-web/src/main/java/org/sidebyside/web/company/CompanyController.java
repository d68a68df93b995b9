package org.sidebyside.web.company;

import java.util.ArrayList;
import java.util.List;
import org.sidebyside.web.factbase.CompanyView;
import org.sidebyside.web.factbase.FactBase;
import org.sidebyside.web.factbase.FactBaseReader;
import org.sidebyside.web.factbase.FactView;
import org.sidebyside.web.factbase.Footnotes;
import org.sidebyside.web.factbase.TopicView;
import org.sidebyside.web.system.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class CompanyController {

    static final String VIEW = "company";

    private final FactBaseReader reader;

    CompanyController(FactBaseReader reader) {
        this.reader = reader;
    }

    /** A topic's facts about the company. */
    record TopicFacts(TopicView topic, List<FactView> facts) {
    }

    @GetMapping("/companies/{slug}")
    String company(@PathVariable String slug, Model model) {
        FactBase base = reader.published();
        CompanyView company = base.company(slug).orElseThrow(() -> new NotFoundException("company " + slug));
        // what the articles say of both companies concerns this one too
        List<FactView> about = base.facts().stream().filter(f -> company.equals(f.company()) || f.aboutBoth()).toList();
        List<TopicFacts> sections = new ArrayList<>();
        for (TopicView t : base.topics()) {
            List<FactView> facts = about.stream().filter(f -> f.topic().equals(t)).toList();
            if (!facts.isEmpty()) {
                sections.add(new TopicFacts(t, facts));
            }
        }
        model.addAttribute("base", base);
        model.addAttribute("company", company);
        model.addAttribute("other", base.companies().stream().filter(c -> !c.equals(company)).findFirst().orElse(null));
        model.addAttribute("sections", sections);
        model.addAttribute("count", about.size());
        model.addAttribute("footnotes", new Footnotes(about));
        model.addAttribute("nav", "company-" + slug);
        return VIEW;
    }
}
