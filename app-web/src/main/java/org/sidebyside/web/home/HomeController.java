package org.sidebyside.web.home;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sidebyside.catalog.Company;
import org.sidebyside.catalog.CompanyRepository;
import org.sidebyside.catalog.TopicRepository;
import org.sidebyside.fact.FactRepository;
import org.sidebyside.fact.FactStatus;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

    static final String VIEW = "home";

    private final CompanyRepository companies;
    private final TopicRepository topics;
    private final FactRepository facts;

    HomeController(CompanyRepository companies, TopicRepository topics, FactRepository facts) {
        this.companies = companies;
        this.topics = topics;
        this.facts = facts;
    }

    @GetMapping("/")
    @Transactional(readOnly = true)
    String home(Model model) {
        List<Company> columns = companies.findAllByOrderByPosition();
        Map<String, Map<String, Long>> counts = new HashMap<>();
        for (Object[] row : facts.countByTopicAndCompany(FactStatus.PUBLISHED)) {
            counts.computeIfAbsent((String) row[0], t -> new HashMap<>()).put((String) row[1], (Long) row[2]);
        }
        List<TopicCoverage> rows = topics.findAllByOrderByPosition().stream().map(t -> {
            Map<String, Long> byCompany = counts.getOrDefault(t.getSlug(), Map.of());
            return new TopicCoverage(t.getSlug(), t.getName(), t.getDescription(),
                    columns.stream().map(c -> byCompany.getOrDefault(c.getSlug(), 0L)).toList(),
                    byCompany.getOrDefault(null, 0L));
        }).toList();
        model.addAttribute("companies", columns);
        model.addAttribute("topics", rows);
        model.addAttribute("totalFacts", rows.stream().mapToLong(TopicCoverage::total).sum());
        return VIEW;
    }
}
