package org.sidebyside.web.admin.disagreements;

import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.Optional;
import org.sidebyside.catalog.CatalogService;
import org.sidebyside.disagreement.DisagreementKind;
import org.sidebyside.disagreement.DisagreementNotFoundException;
import org.sidebyside.disagreement.DisagreementService;
import org.sidebyside.disagreement.InvalidDisagreementException;
import org.sidebyside.fact.Problem;
import org.sidebyside.history.EntityType;
import org.sidebyside.history.History;
import org.sidebyside.history.Revision;
import org.sidebyside.web.admin.FormPages;
import org.sidebyside.web.admin.Option;
import org.sidebyside.web.system.CurrentRecord;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Where the sources disagree, as instructors curate it: create, edit, retire (students no
 * longer see it; its history stays) and restore, every change recorded with what it said.
 */
@Controller
@RequestMapping("/admin/disagreements")
class DisagreementAdminController implements CurrentRecord {

    private static final String VIEW_FORM = "admin/disagreements/form";
    private static final String LIST = "redirect:/admin/disagreements";

    private final DisagreementService disagreements;
    private final CatalogService catalog;

    DisagreementAdminController(DisagreementService disagreements, CatalogService catalog) {
        this.disagreements = disagreements;
        this.catalog = catalog;
    }

    /** A revision and the content it recorded, for the history page. */
    record Recorded(Revision revision, DisagreementService.Snapshot snapshot) {
    }

    @ModelAttribute
    void common(Model model) {
        model.addAttribute("adminNav", "disagreements");
        model.addAttribute("topics", catalog.topics().stream().map(t -> new Option(t.getSlug(), t.getName())).toList());
        model.addAttribute("kinds", Arrays.stream(DisagreementKind.values())
                .map(k -> Option.ofMessage(k.code(), "disagreements.kind." + k.code())).toList());
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("disagreements", disagreements.all());
        return "admin/disagreements/list";
    }

    @GetMapping("/new")
    String newDisagreement(Model model) {
        model.addAttribute("form", new DisagreementForm());
        model.addAttribute("creating", true);
        return VIEW_FORM;
    }

    @PostMapping("/new")
    ModelAndView create(@Valid @ModelAttribute("form") DisagreementForm form, BindingResult errors, Model model,
                        RedirectAttributes redirect) {
        model.addAttribute("creating", true);
        if (!errors.hasErrors()) {
            try {
                disagreements.create(form.getKey() == null ? "" : form.getKey().strip(), form.content());
                redirect.addFlashAttribute("message", "admin.disagreement.saved");
                return new ModelAndView(LIST);
            } catch (InvalidDisagreementException e) {
                reject(e, errors);
            }
        }
        return FormPages.invalid(VIEW_FORM);
    }

    @GetMapping("/{key}/edit")
    String edit(@PathVariable String key, Model model) {
        DisagreementService.State state = state(key);
        model.addAttribute("form", DisagreementForm.from(key, state.content(), state.version()));
        model.addAttribute("retired", state.retired());
        model.addAttribute("creating", false);
        return VIEW_FORM;
    }

    @PostMapping("/{key}/edit")
    ModelAndView update(@PathVariable String key, @Valid @ModelAttribute("form") DisagreementForm form,
                        BindingResult errors, Model model, RedirectAttributes redirect) {
        form.setKey(key);
        model.addAttribute("creating", false);
        model.addAttribute("retired", state(key).retired());
        if (!errors.hasErrors()) {
            try {
                disagreements.update(key, form.content(), form.getVersion());
                redirect.addFlashAttribute("message", "admin.disagreement.saved");
                return new ModelAndView(LIST);
            } catch (InvalidDisagreementException e) {
                reject(e, errors);
            }
        }
        return FormPages.invalid(VIEW_FORM);
    }

    @PostMapping("/{key}/retire")
    String retire(@PathVariable String key, @RequestParam long version, RedirectAttributes redirect) {
        disagreements.retire(key, version);
        redirect.addFlashAttribute("message", "admin.disagreement.retired");
        return LIST;
    }

    @PostMapping("/{key}/restore")
    String restore(@PathVariable String key, @RequestParam long version, RedirectAttributes redirect) {
        disagreements.restore(key, version);
        redirect.addFlashAttribute("message", "admin.disagreement.restored");
        return LIST;
    }

    @GetMapping("/{key}/history")
    String history(@PathVariable String key, Model model) {
        DisagreementService.State state = state(key);
        model.addAttribute("key", key);
        model.addAttribute("subject", state.content().subject());
        model.addAttribute("revisions", disagreements.history(key).stream().map(r -> new Recorded(r,
                r.getSnapshot() == null ? null : History.snapshotOf(r, DisagreementService.Snapshot.class))).toList());
        return "admin/disagreements/history";
    }

    private DisagreementService.State state(String key) {
        return disagreements.state(key).orElseThrow(() -> new DisagreementNotFoundException(key));
    }

    /** Each problem next to its field: a side's problems next to the sides. */
    private static void reject(InvalidDisagreementException e, BindingResult errors) {
        for (Problem p : e.getProblems()) {
            String field = p.field().startsWith("sides") ? "sides" : p.field();
            errors.rejectValue(field, "admin.disagreement.invalid", new Object[] {p.message()}, p.message());
        }
    }

    // the conflict page shows the record as saved now

    @Override
    public boolean shows(EntityType type) {
        return type == EntityType.DISAGREEMENT;
    }

    @Override
    public Optional<Shown> current(EntityType type, String key) {
        return disagreements.state(key).map(s -> Shown.ofForm("/admin/disagreements/" + key + "/edit",
                DisagreementForm.from(key, s.content(), s.version())));
    }
}
