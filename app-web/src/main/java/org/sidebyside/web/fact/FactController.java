package org.sidebyside.web.fact;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.sidebyside.web.factbase.FactBase;
import org.sidebyside.web.factbase.FactBaseReader;
import org.sidebyside.web.factbase.FactView;
import org.sidebyside.web.factbase.Footnotes;
import org.sidebyside.web.system.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class FactController {

    static final String VIEW = "fact";
    private static final int RELATED = 6;

    private final FactBaseReader reader;

    FactController(FactBaseReader reader) {
        this.reader = reader;
    }

    @GetMapping("/facts/{key}")
    String fact(@PathVariable String key, Model model, jakarta.servlet.http.HttpServletRequest request) {
        FactBase base = reader.published();
        if (base.fact(key).isEmpty() && base.redirect(key).isPresent()) {
            // a near-duplicate merged into another fact: bookmarks and citations of the old key lead there for good
            request.setAttribute(org.springframework.web.servlet.View.RESPONSE_STATUS_ATTRIBUTE,
                    org.springframework.http.HttpStatus.MOVED_PERMANENTLY);
            return "redirect:/facts/" + base.redirect(key).get(); // a key is a slug: nothing to encode
        }
        FactView fact = base.fact(key).orElseThrow(() -> new NotFoundException("fact " + key));
        List<FactView> related = related(base, fact);
        List<FactView> inOrder = new ArrayList<>(List.of(fact));
        inOrder.addAll(related);
        model.addAttribute("fact", fact);
        model.addAttribute("related", related);
        model.addAttribute("footnotes", new Footnotes(inOrder));
        model.addAttribute("nav", "compare");
        return VIEW;
    }

    /** Facts on the same topic about the other company: its counterpart in a comparison first. */
    static List<FactView> related(FactBase base, FactView fact) {
        return base.factsOn(fact.topic()).stream()
                .filter(f -> !f.key().equals(fact.key()))
                .filter(f -> fact.company() == null ? f.company() != null : !fact.company().equals(f.company()))
                .sorted(Comparator.comparing((FactView f) -> !(fact.comparison() != null
                        && Objects.equals(fact.comparison(), f.comparison()))))
                .limit(RELATED)
                .toList();
    }
}
