package org.sidebyside.web.admin.editorial;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sidebyside.editorial.EditorialList;
import org.sidebyside.editorial.EditorialService;
import org.sidebyside.web.admin.FormPages;
import org.sidebyside.web.system.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The editorial lists (what leads the home page, the customer-experience story's pillars,
 * where each lesson leads), one text area each, one item per line.
 */
@Controller
@RequestMapping("/admin/editorial")
class EditorialController {

    private final EditorialService editorial;

    EditorialController(EditorialService editorial) {
        this.editorial = editorial;
    }

    /** A list as the page shows it: its name and its items, one per line. */
    record ListForm(String name, String text, String error) {
    }

    @GetMapping
    String page(Model model) {
        model.addAttribute("forms", forms(Map.of(), null, null));
        model.addAttribute("adminNav", "editorial");
        return "admin/editorial";
    }

    @PostMapping("/{name}")
    ModelAndView save(@PathVariable String name, @RequestParam(defaultValue = "") String items, RedirectAttributes redirect) {
        EditorialList list = EditorialList.named(name).orElseThrow(() -> new NotFoundException("list " + name));
        List<String> parsed = Arrays.stream(items.split("[\\r\\n,]+")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        try {
            editorial.replace(list, parsed);
            redirect.addFlashAttribute("message", "admin.editorial.saved");
            return new ModelAndView("redirect:/admin/editorial");
        } catch (EditorialService.InvalidItemException e) {
            return FormPages.invalid("admin/editorial")
                    .addObject("forms", forms(Map.of(name, items), name, e.getMessage()))
                    .addObject("adminNav", "editorial");
        }
    }

    /** Every list with its saved items, or with what was typed for the one that failed. */
    private List<ListForm> forms(Map<String, String> typed, String failed, String error) {
        Map<String, List<String>> saved = new LinkedHashMap<>(editorial.lists());
        return Arrays.stream(EditorialList.values()).map(l -> new ListForm(l.listName(),
                typed.getOrDefault(l.listName(), String.join("\n", saved.getOrDefault(l.listName(), List.of()))),
                l.listName().equals(failed) ? error : null)).toList();
    }
}
