package org.sidebyside.web.admin.catalog;

import org.sidebyside.web.system.CurrentRecord;
import org.sidebyside.history.EntityType;
import java.util.Optional;
import java.util.Map;
import jakarta.validation.Valid;
import org.sidebyside.catalog.CatalogService;
import org.sidebyside.catalog.Company;
import org.sidebyside.catalog.PartialDate;
import org.sidebyside.catalog.Slugs;
import org.sidebyside.catalog.SourceMetadata;
import org.sidebyside.web.system.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Topics, sources and companies. Every change goes through {@link CatalogService}, the
 * service the importer uses, and is recorded in the history. The pages compare two companies
 * side by side, so a third cannot be added, and a company with facts cannot be deleted.
 */
@Controller
@RequestMapping("/admin")
class CatalogAdminController implements CurrentRecord {

    private final CatalogService catalog;

    CatalogAdminController(CatalogService catalog) {
        this.catalog = catalog;
    }

    @ModelAttribute
    void nav(Model model) {
        model.addAttribute("adminNav", "catalog");
    }

    // topics

    @GetMapping("/topics")
    String topics(@RequestParam(required = false) String q, Model model) {
        model.addAttribute("topics", catalog.topics().stream()
                .filter(t -> matches(q, t.getSlug(), t.getName(), t.getDescription())).toList());
        model.addAttribute("q", q);
        return "admin/catalog/topics";
    }

    /** The lists are short (tens of rows): a plain text filter serves better than paging. */
    private static boolean matches(String q, String... fields) {
        if (q == null || q.isBlank()) {
            return true;
        }
        String needle = q.strip().toLowerCase(java.util.Locale.ROOT);
        for (String f : fields) {
            if (f != null && f.toLowerCase(java.util.Locale.ROOT).contains(needle)) {
                return true;
            }
        }
        return false;
    }

    @GetMapping("/topics/new")
    String newTopic(Model model) {
        TopicForm form = new TopicForm();
        form.setPosition(catalog.topics().size() + 1);
        model.addAttribute("form", form);
        model.addAttribute("creating", true);
        return "admin/catalog/topic-form";
    }

    @PostMapping("/topics/new")
    String createTopic(@Valid @ModelAttribute("form") TopicForm form, BindingResult errors, Model model,
                       RedirectAttributes redirect) {
        model.addAttribute("creating", true);
        if (!errors.hasErrors()) {
            try {
                catalog.createTopic(form.getSlug(), form.getName(), form.getDescription(), form.getFactLabel(), form.getPosition());
                redirect.addFlashAttribute("message", "admin.catalog.saved");
                return "redirect:/admin/topics";
            } catch (CatalogService.TakenException e) {
                errors.rejectValue("slug", "admin.catalog.slug.taken");
            }
        }
        return "admin/catalog/topic-form";
    }

    @GetMapping("/topics/{slug}/edit")
    String editTopic(@PathVariable String slug, Model model) {
        model.addAttribute("form", TopicForm.from(catalog.topic(slug).orElseThrow(() -> new NotFoundException("topic " + slug))));
        model.addAttribute("creating", false);
        return "admin/catalog/topic-form";
    }

    @PostMapping("/topics/{slug}/edit")
    ModelAndView updateTopic(@PathVariable String slug, @Valid @ModelAttribute("form") TopicForm form, BindingResult errors,
                             Model model, RedirectAttributes redirect) {
        catalog.topic(slug).orElseThrow(() -> new NotFoundException("topic " + slug));
        form.setSlug(slug);
        model.addAttribute("creating", false);
        if (!errors.hasErrors()) {
            catalog.updateTopic(slug, form.getName(), form.getDescription(), form.getFactLabel(), form.getPosition(),
                    form.getVersion());
            redirect.addFlashAttribute("message", "admin.catalog.saved");
            return new ModelAndView("redirect:/admin/topics");
        }
        return new ModelAndView("admin/catalog/topic-form");
    }

    @PostMapping("/topics/{slug}/delete")
    String deleteTopic(@PathVariable String slug, @RequestParam long version, RedirectAttributes redirect) {
        catalog.topic(slug).orElseThrow(() -> new NotFoundException("topic " + slug));
        deleting(() -> catalog.deleteTopic(slug, version), redirect);
        return "redirect:/admin/topics";
    }

    // sources

    @GetMapping("/sources")
    String sources(@RequestParam(required = false) String q, Model model) {
        model.addAttribute("sources", catalog.sources().stream()
                .filter(s -> matches(q, s.getSlug(), s.getLabel(), s.getTitle(), s.getAuthor(), s.getPublisher())).toList());
        model.addAttribute("q", q);
        return "admin/catalog/sources";
    }

    @GetMapping("/sources/new")
    String newSource(Model model) {
        model.addAttribute("form", new SourceForm());
        model.addAttribute("creating", true);
        return "admin/catalog/source-form";
    }

    @PostMapping("/sources/new")
    String createSource(@Valid @ModelAttribute("form") SourceForm form, BindingResult errors, Model model,
                        RedirectAttributes redirect) {
        model.addAttribute("creating", true);
        SourceMetadata metadata = metadata(form, errors);
        if (!errors.hasErrors()) {
            try {
                catalog.createSource(form.getSlug(), form.getFileName(), metadata, form.getText());
                redirect.addFlashAttribute("message", "admin.catalog.saved");
                return "redirect:/admin/sources";
            } catch (CatalogService.TakenException e) {
                errors.rejectValue(e.field(), "admin.catalog." + e.field() + ".taken");
            }
        }
        return "admin/catalog/source-form";
    }

    @GetMapping("/sources/{slug}/edit")
    String editSource(@PathVariable String slug, Model model) {
        model.addAttribute("form", SourceForm.from(catalog.source(slug).orElseThrow(() -> new NotFoundException("source " + slug))));
        model.addAttribute("creating", false);
        return "admin/catalog/source-form";
    }

    @PostMapping("/sources/{slug}/edit")
    ModelAndView updateSource(@PathVariable String slug, @Valid @ModelAttribute("form") SourceForm form, BindingResult errors,
                              Model model, RedirectAttributes redirect) {
        catalog.source(slug).orElseThrow(() -> new NotFoundException("source " + slug));
        form.setSlug(slug);
        model.addAttribute("creating", false);
        SourceMetadata metadata = metadata(form, errors);
        if (!errors.hasErrors()) {
            catalog.updateSource(slug, metadata, form.getText(), form.getVersion());
            redirect.addFlashAttribute("message", "admin.catalog.sourceSaved");
            return new ModelAndView("redirect:/admin/sources");
        }
        return new ModelAndView("admin/catalog/source-form");
    }

    @PostMapping("/sources/{slug}/delete")
    String deleteSource(@PathVariable String slug, @RequestParam long version, RedirectAttributes redirect) {
        catalog.source(slug).orElseThrow(() -> new NotFoundException("source " + slug));
        deleting(() -> catalog.deleteSource(slug, version), redirect);
        return "redirect:/admin/sources";
    }

    // companies

    @GetMapping("/companies")
    String companies(Model model) {
        model.addAttribute("companies", catalog.companies());
        return "admin/catalog/companies";
    }

    @PostMapping("/companies/{slug}")
    String updateCompany(@PathVariable String slug, @RequestParam String name, @RequestParam int position,
                         @RequestParam long version, RedirectAttributes redirect) {
        Company c = catalog.company(slug).orElseThrow(() -> new NotFoundException("company " + slug));
        if (name.isBlank() || name.length() > 80 || position < 0 || position > 100) {
            redirect.addFlashAttribute("error", "admin.catalog.companyInvalid");
        } else {
            catalog.updateCompany(c.getSlug(), name, position, version);
            redirect.addFlashAttribute("message", "admin.catalog.saved");
        }
        return "redirect:/admin/companies";
    }

    @PostMapping("/companies/new")
    String createCompany(@RequestParam String slug, @RequestParam String name, @RequestParam(defaultValue = "3") int position,
                         RedirectAttributes redirect) {
        if (!Slugs.isValid(slug, 40) || name.isBlank() || name.length() > 80) {
            redirect.addFlashAttribute("error", "admin.catalog.companyInvalid");
            return "redirect:/admin/companies";
        }
        try {
            catalog.createCompany(slug, name, position);
            redirect.addFlashAttribute("message", "admin.catalog.saved");
        } catch (CatalogService.TooManyCompaniesException e) {
            redirect.addFlashAttribute("error", "admin.catalog.twoCompanies");
        } catch (CatalogService.TakenException e) {
            redirect.addFlashAttribute("error", "admin.catalog.slug.taken");
        }
        return "redirect:/admin/companies";
    }

    @PostMapping("/companies/{slug}/delete")
    String deleteCompany(@PathVariable String slug, @RequestParam long version, RedirectAttributes redirect) {
        catalog.company(slug).orElseThrow(() -> new NotFoundException("company " + slug));
        deleting(() -> catalog.deleteCompany(slug, version), redirect);
        return "redirect:/admin/companies";
    }

    /** Deletes, then says how it went: done, still in use, or changed by someone else meanwhile. */
    private static void deleting(Runnable delete, RedirectAttributes redirect) {
        try {
            delete.run();
            redirect.addFlashAttribute("message", "admin.catalog.deleted");
        } catch (CatalogService.InUseException e) {
            redirect.addFlashAttribute("error", "admin.catalog.inUse");
        }
    }

    private static SourceMetadata metadata(SourceForm form, BindingResult errors) {
        PartialDate published = null;
        if (form.getPublished() != null && !form.getPublished().isBlank()) {
            try {
                published = PartialDate.parse(form.getPublished());
            } catch (IllegalArgumentException e) {
                errors.rejectValue("published", "admin.fact.asOf.invalid");
            }
        }
        if (errors.hasErrors()) {
            return null;
        }
        return new SourceMetadata(form.getLabel(), form.getTitle(), form.getKind(), form.getAuthor(), form.getPublisher(),
                published, form.getNote());
    }

    // the conflict page shows the record as saved now

    @Override
    public boolean shows(EntityType type) {
        return type == EntityType.TOPIC || type == EntityType.SOURCE || type == EntityType.COMPANY;
    }

    @Override
    public Optional<Shown> current(EntityType type, String slug) {
        return switch (type) {
            case TOPIC -> catalog.topic(slug).map(t -> Shown.ofForm("/admin/topics/" + slug + "/edit", TopicForm.from(t)));
            case SOURCE -> catalog.source(slug).map(s -> Shown.ofForm("/admin/sources/" + slug + "/edit", SourceForm.from(s)));
            case COMPANY -> catalog.company(slug).map(c -> new Shown("/admin/companies",
                    Map.<String, Object>of("name", c.getName(), "position", c.getPosition())::get));
            default -> Optional.empty();
        };
    }
}
