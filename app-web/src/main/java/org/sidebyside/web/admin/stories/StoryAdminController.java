package org.sidebyside.web.admin.stories;

import org.sidebyside.web.system.CurrentRecord;
import org.sidebyside.history.EntityType;
import java.util.Optional;
import jakarta.validation.Valid;
import java.util.Arrays;
import org.sidebyside.catalog.CatalogService;
import org.sidebyside.editorial.StoryLayout;
import org.sidebyside.editorial.StoryService;
import org.sidebyside.web.admin.FormPages;
import org.sidebyside.web.admin.Option;
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
 * The stories: which topic each tells, its title, lead and sections. A story's address and
 * layout are chosen when it is made; everything else changes here.
 */
@Controller
@RequestMapping("/admin/stories")
class StoryAdminController implements CurrentRecord {

    private static final String VIEW_FORM = "admin/stories/form";

    private final StoryService stories;
    private final CatalogService catalog;

    StoryAdminController(StoryService stories, CatalogService catalog) {
        this.stories = stories;
        this.catalog = catalog;
    }

    @ModelAttribute
    void common(Model model) {
        model.addAttribute("adminNav", "stories");
        model.addAttribute("topics", catalog.topics().stream().map(t -> new Option(t.getSlug(), t.getName())).toList());
        model.addAttribute("layouts", Arrays.stream(StoryLayout.values())
                .map(l -> new Option(l.slug(), l.slug())).toList());
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("stories", stories.all());
        return "admin/stories/list";
    }

    @GetMapping("/new")
    String newStory(Model model) {
        model.addAttribute("form", new StoryForm());
        model.addAttribute("creating", true);
        return VIEW_FORM;
    }

    @PostMapping("/new")
    ModelAndView create(@Valid @ModelAttribute("form") StoryForm form, BindingResult errors, Model model,
                        RedirectAttributes redirect) {
        model.addAttribute("creating", true);
        StoryLayout layout = StoryLayout.of(form.getLayout()).orElse(null);
        if (layout == null) {
            errors.rejectValue("layout", "admin.story.layout.invalid");
        }
        if (!errors.hasErrors()) {
            try {
                stories.create(form.getSlug(), layout, form.content());
                redirect.addFlashAttribute("message", "admin.story.saved");
                return new ModelAndView("redirect:/admin/stories");
            } catch (StoryService.InvalidStoryException e) {
                errors.rejectValue(e.field(), "admin.story.invalid", new Object[] {e.getMessage()}, e.getMessage());
            }
        }
        return FormPages.invalid(VIEW_FORM);
    }

    @GetMapping("/{slug}/edit")
    String edit(@PathVariable String slug, Model model) {
        model.addAttribute("form", StoryForm.from(stories.get(slug)));
        model.addAttribute("creating", false);
        return VIEW_FORM;
    }

    @PostMapping("/{slug}/edit")
    ModelAndView update(@PathVariable String slug, @Valid @ModelAttribute("form") StoryForm form, BindingResult errors,
                        Model model, RedirectAttributes redirect) {
        form.setSlug(slug);
        form.setLayout(stories.get(slug).getLayout().slug());
        model.addAttribute("creating", false);
        if (!errors.hasErrors()) {
            try {
                stories.update(slug, form.content(), form.getVersion());
                redirect.addFlashAttribute("message", "admin.story.saved");
                return new ModelAndView("redirect:/admin/stories");
            } catch (StoryService.InvalidStoryException e) {
                errors.rejectValue(e.field(), "admin.story.invalid", new Object[] {e.getMessage()}, e.getMessage());
            }
        }
        return FormPages.invalid(VIEW_FORM);
    }

    @PostMapping("/{slug}/delete")
    String delete(@PathVariable String slug, @RequestParam long version, RedirectAttributes redirect) {
        stories.delete(slug, version);
        redirect.addFlashAttribute("message", "admin.story.deleted");
        return "redirect:/admin/stories";
    }

    // the conflict page shows the record as saved now

    @Override
    public boolean shows(EntityType type) {
        return type == EntityType.STORY;
    }

    @Override
    public Optional<Shown> current(EntityType type, String slug) {
        return stories.find(slug).map(s -> Shown.ofForm("/admin/stories/" + slug + "/edit", StoryForm.from(s)));
    }
}
