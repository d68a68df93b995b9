package org.sidebyside.web.admin.facts;

import org.sidebyside.web.system.CurrentRecord;
import org.sidebyside.history.EntityType;
import jakarta.validation.Valid;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ArrayList;
import java.util.Arrays;
import org.sidebyside.catalog.CatalogService;
import org.sidebyside.catalog.Company;
import org.sidebyside.catalog.Topic;
import org.sidebyside.web.admin.Option;
import org.sidebyside.fact.Fact;
import org.sidebyside.fact.FactContent;
import org.sidebyside.fact.FactKeyTakenException;
import org.sidebyside.fact.FactKind;
import org.sidebyside.fact.FactRules;
import org.sidebyside.fact.FactService;
import org.sidebyside.fact.FactStatus;
import org.sidebyside.fact.InvalidFactException;
import org.sidebyside.fact.Problem;
import org.sidebyside.fact.ValueQualifier;
import org.sidebyside.history.FactDiff;
import org.sidebyside.history.FactSnapshot;
import org.sidebyside.history.History;
import org.sidebyside.history.Revision;
import org.sidebyside.web.factbase.FactBaseReader;
import org.sidebyside.web.factbase.FactView;
import org.sidebyside.web.factbase.Footnotes;
import org.sidebyside.web.system.BadRequestException;
import org.sidebyside.web.system.NotFoundException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
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

@Controller
@RequestMapping("/admin/facts")
class AdminFactController implements CurrentRecord {

    static final String VIEW_LIST = "admin/facts/list";
    static final String VIEW_FORM = "admin/facts/form";
    static final String VIEW_SHOW = "admin/facts/show";
    static final String VIEW_DELETE = "admin/facts/delete";
    static final String VIEW_HISTORY = "admin/facts/history";
    static final String VIEW_DIFF = "admin/facts/diff";
    static final String VIEW_PREVIEW = "fact";
    private static final int PAGE_SIZE = 25;

    private final FactService facts;
    private final CatalogService catalog;
    private final History history;
    private final FactBaseReader reader;

    AdminFactController(FactService facts, CatalogService catalog, History history,
                        FactBaseReader reader) {
        this.facts = facts;
        this.catalog = catalog;
        this.history = history;
        this.reader = reader;
    }

    @ModelAttribute
    void choices(Model model) {
        List<Company> companies = catalog.companies();
        List<Topic> topics = catalog.topics();
        model.addAttribute("companies", companies);
        model.addAttribute("topics", topics);
        model.addAttribute("sources", catalog.sources());
        List<Option> companyOptions = new ArrayList<>(companies.stream().map(c -> new Option(c.getSlug(), c.getName())).toList());
        companyOptions.add(Option.ofMessage("both", "fact.both"));
        model.addAttribute("companyOptions", companyOptions);
        List<Option> topicOptions = new ArrayList<>(List.of(Option.ofMessage("", "admin.choose")));
        topics.forEach(t -> topicOptions.add(new Option(t.getSlug(), t.getName())));
        model.addAttribute("topicOptions", topicOptions);
        model.addAttribute("kindOptions", Arrays.stream(FactKind.values())
                .map(k -> Option.ofMessage(k.name(), "admin.kind." + k.name())).toList());
        List<Option> qualifierOptions = new ArrayList<>(List.of(Option.ofMessage("", "admin.none")));
        Arrays.stream(ValueQualifier.values()).forEach(q -> qualifierOptions.add(Option.ofMessage(q.name(), "admin.qualifier." + q.name())));
        model.addAttribute("qualifierOptions", qualifierOptions);
        model.addAttribute("statuses", FactStatus.values());
        model.addAttribute("adminNav", "facts");
        model.addAttribute("creating", false);
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String company,
                @RequestParam(required = false) String topic, @RequestParam(required = false) String status,
                @RequestParam(defaultValue = "1") String page, Model model) {
        FactStatus s = null;
        if (status != null && !status.isBlank()) {
            try {
                s = FactStatus.valueOf(status);
            } catch (IllegalArgumentException e) {
                throw new BadRequestException("status");
            }
        }
        int p = parsePage(page);
        Page<Fact> found = facts.curation(blank(q), blank(company), blank(topic), s,
                PageRequest.of(p - 1, PAGE_SIZE, Sort.by(Sort.Direction.DESC, "updatedAt").and(Sort.by("key"))));
        model.addAttribute("found", found);
        model.addAttribute("q", q);
        model.addAttribute("company", company);
        model.addAttribute("topic", topic);
        model.addAttribute("status", status);
        return VIEW_LIST;
    }

    @GetMapping("/new")
    String initCreationForm(Model model) {
        model.addAttribute("form", FactForm.empty());
        model.addAttribute("creating", true);
        return VIEW_FORM;
    }

    @PostMapping("/new")
    String processCreationForm(@Valid @ModelAttribute("form") FactForm form, BindingResult errors,
                               @RequestParam(required = false) String addCitation, Model model,
                               RedirectAttributes redirect) {
        model.addAttribute("creating", true);
        if (addCitation != null) {
            form.withBlankRow();
            return VIEW_FORM;
        }
        if (form.getKey() == null || form.getKey().isBlank()) {
            form.setKey(suggestKey(form));
        }
        if (!FactRules.isValidKey(form.getKey())) {
            errors.rejectValue("key", "admin.fact.key.invalid");
        }
        FactContent content = form.toContent(errors);
        if (!errors.hasErrors()) {
            try {
                facts.create(form.getKey(), content, FactStatus.DRAFT);
                redirect.addFlashAttribute("message", "admin.fact.created");
                return "redirect:/admin/facts/" + form.getKey();
            } catch (InvalidFactException e) {
                reject(e, form, errors);
            } catch (FactKeyTakenException e) {
                errors.rejectValue("key", "admin.fact.key.taken");
            }
        }
        form.withBlankRow();
        return VIEW_FORM;
    }

    @GetMapping("/{key}")
    String show(@PathVariable String key, Model model) {
        FactService.State fact = fact(key);
        model.addAttribute("fact", fact);
        model.addAttribute("fc", fact.content());
        model.addAttribute("company", fact.content().companySlug() == null ? null
                : catalog.company(fact.content().companySlug()).map(Company::getName).orElse(null));
        model.addAttribute("topicName", catalog.topic(fact.content().topicSlug()).map(Topic::getName).orElse(null));
        model.addAttribute("sourceTitles", catalog.sources().stream()
                .collect(java.util.stream.Collectors.toMap(org.sidebyside.catalog.Source::getSlug,
                        org.sidebyside.catalog.Source::getDisplayTitle)));
        return VIEW_SHOW;
    }

    @GetMapping("/{key}/edit")
    String initUpdateForm(@PathVariable String key, Model model) {
        FactForm form = FactForm.from(fact(key));
        form.withBlankRow();
        model.addAttribute("form", form);
        return VIEW_FORM;
    }

    @PostMapping("/{key}/edit")
    ModelAndView processUpdateForm(@PathVariable String key, @Valid @ModelAttribute("form") FactForm form, BindingResult errors,
                             @RequestParam(required = false) String addCitation, Model model,
                             RedirectAttributes redirect) {
        form.setKey(key);
        if (addCitation != null) {
            form.withBlankRow();
            return new ModelAndView(VIEW_FORM);
        }
        FactContent content = form.toContent(errors);
        if (!errors.hasErrors()) {
            try {
                facts.update(key, content, form.getVersion());
                redirect.addFlashAttribute("message", "admin.fact.saved");
                return new ModelAndView("redirect:/admin/facts/" + key);
            } catch (InvalidFactException e) {
                reject(e, form, errors);
            }
        }
        form.withBlankRow();
        return new ModelAndView(VIEW_FORM);
    }

    @PostMapping("/{key}/publish")
    String publish(@PathVariable String key, RedirectAttributes redirect) {
        facts.publish(fact(key).key());
        redirect.addFlashAttribute("message", "admin.fact.published");
        return "redirect:/admin/facts/" + key;
    }

    @PostMapping("/{key}/unpublish")
    String unpublish(@PathVariable String key, RedirectAttributes redirect) {
        facts.unpublish(fact(key).key());
        redirect.addFlashAttribute("message", "admin.fact.unpublished");
        return "redirect:/admin/facts/" + key;
    }

    /** Takes the fact out of study mode's quizzes ({@code ask=false}) or puts it back. */
    @PostMapping("/{key}/quizzes")
    String quizzes(@PathVariable String key, @RequestParam boolean ask, RedirectAttributes redirect) {
        facts.askInQuizzes(fact(key).key(), ask);
        redirect.addFlashAttribute("message", ask ? "admin.fact.inQuizzes" : "admin.fact.outOfQuizzes");
        return "redirect:/admin/facts/" + key;
    }

    /** The fact as a student would see it, draft or not, in the student pages' layout. */
    @GetMapping("/{key}/preview")
    String preview(@PathVariable String key, Model model) {
        FactView view = reader.anyStatus(key).orElseThrow(() -> new NotFoundException("fact " + key));
        model.addAttribute("fact", view);
        model.addAttribute("related", List.of());
        model.addAttribute("footnotes", new Footnotes(List.of(view)));
        model.addAttribute("preview", fact(key).status());
        return VIEW_PREVIEW;
    }

    @GetMapping("/{key}/delete")
    String confirmDelete(@PathVariable String key, Model model) {
        model.addAttribute("fact", fact(key));
        return VIEW_DELETE;
    }

    @PostMapping("/{key}/delete")
    ModelAndView delete(@PathVariable String key, @RequestParam long version, Model model, RedirectAttributes redirect) {
        facts.delete(key, version);
        redirect.addFlashAttribute("message", "admin.fact.deleted");
        return new ModelAndView("redirect:/admin/facts");
    }

    @GetMapping("/{key}/history")
    String history(@PathVariable String key, Model model) {
        List<Revision> revisions = history.of(EntityType.FACT, key);
        if (revisions.isEmpty() && !facts.exists(key)) {
            throw new NotFoundException("fact " + key);
        }
        model.addAttribute("key", key);
        model.addAttribute("revisions", revisions);
        Optional<FactService.State> state = facts.state(key);
        model.addAttribute("exists", state.isPresent());
        model.addAttribute("version", state.map(FactService.State::version).orElse(0L));
        return VIEW_HISTORY;
    }

    @GetMapping("/{key}/diff")
    String diff(@PathVariable String key, @RequestParam long from, @RequestParam long to, Model model) {
        Revision a = revision(key, from);
        Revision b = revision(key, to);
        FactSnapshot before = History.snapshotOf(a);
        FactSnapshot after = History.snapshotOf(b);
        model.addAttribute("key", key);
        model.addAttribute("from", a);
        model.addAttribute("to", b);
        model.addAttribute("fields", FactDiff.between(before, after));
        Optional<FactService.State> state = facts.state(key);
        model.addAttribute("exists", state.isPresent());
        model.addAttribute("version", state.map(FactService.State::version).orElse(0L));
        return VIEW_DIFF;
    }

    @PostMapping("/{key}/revert")
    ModelAndView revert(@PathVariable String key, @RequestParam long revision, @RequestParam long version, Model model,
                  RedirectAttributes redirect) {
        revision(key, revision);
        try {
            facts.revert(key, revision, version);
        } catch (InvalidFactException e) {
            redirect.addFlashAttribute("error", "admin.fact.revert.invalid");
            return new ModelAndView("redirect:/admin/facts/" + key + "/history");
        }
        redirect.addFlashAttribute("message", "admin.fact.reverted");
        return new ModelAndView("redirect:/admin/facts/" + key);
    }

    private Revision revision(String key, long id) {
        return history.revision(id)
                .filter(r -> r.getEntityKey().equals(key) && r.getSnapshot() != null)
                .orElseThrow(() -> new NotFoundException("revision " + id));
    }


    private FactService.State fact(String key) {
        return facts.state(key).orElseThrow(() -> new NotFoundException("fact " + key));
    }

    /** Puts each domain problem next to its field. */
    private static void reject(InvalidFactException e, FactForm form, BindingResult errors) {
        for (Problem p : e.getProblems()) {
            String field = p.field();
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("citations\\[(\\d+)](.*)").matcher(field);
            if (m.matches()) {
                field = "citations[" + form.formRowOfCitation(Integer.parseInt(m.group(1))) + "]" + m.group(2);
            }
            if (field.equals("citations")) {
                errors.rejectValue("citations", "fact." + p.code(), p.message());
            } else {
                errors.rejectValue(field, "fact." + field.replaceAll("\\[\\d+]", "") + "." + p.code(), p.message());
            }
        }
    }

    static String suggestKey(FactForm form) {
        String base = (form.getCompany() == null || form.getCompany().equals("both") ? "" : form.getCompany() + " ")
                + (form.getStatement() == null ? "fact" : form.getStatement());
        String ascii = Normalizer.normalize(base, Normalizer.Form.NFD).replaceAll("[^\\p{ASCII}]", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        String[] words = slug.split("-");
        String key = String.join("-", java.util.Arrays.copyOf(words, Math.min(words.length, 8)));
        return key.isEmpty() ? "fact" : key;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static int parsePage(String page) {
        try {
            return Math.max(1, Math.min(100_000, Integer.parseInt(page.strip())));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    // the conflict page shows the record as saved now

    @Override
    public boolean shows(EntityType type) {
        return type == EntityType.FACT;
    }

    @Override
    public Optional<Shown> current(EntityType type, String key) {
        return facts.state(key).map(s -> Shown.ofForm("/admin/facts/" + key + "/edit", FactForm.from(s)));
    }
}
