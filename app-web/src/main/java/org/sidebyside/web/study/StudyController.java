package org.sidebyside.web.study;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.sidebyside.study.Quiz;
import org.sidebyside.web.factbase.CompanyView;
import org.sidebyside.web.factbase.FactBase;
import org.sidebyside.web.factbase.FactBaseReader;
import org.sidebyside.web.factbase.FactView;
import org.sidebyside.web.factbase.Figures;
import org.sidebyside.web.factbase.Footnotes;
import org.sidebyside.web.factbase.SourceView;
import org.sidebyside.web.factbase.TopicView;
import org.sidebyside.web.system.BadRequestException;
import org.sidebyside.web.system.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /study}: quiz rounds made from the published facts, by topic or across all. A round is
 * its seed: every page of it is a plain link or a form sent with GET, the answers so far ride
 * along in the address (the options chosen, {@code results=021}: the score is worked out from
 * them, not taken from the address), so it works without an account, without a
 * session and without JavaScript. Every answer, right or wrong, shows the fact, its verbatim
 * quote and the way into the article.
 */
@Controller
class StudyController {

    /** The options chosen so far, one digit per question answered. */
    private static final Pattern RESULTS = Pattern.compile("[0-9]{0," + Quiz.ROUND + "}");
    static final String BLANK = "____";

    private final FactBaseReader reader;
    private final Figures figures;
    private final MessageSource messages;

    StudyController(FactBaseReader reader, Figures figures, MessageSource messages) {
        this.reader = reader;
        this.figures = figures;
        this.messages = messages;
    }

    /** A question as a page shows it: what is asked, the options in words, which is right. */
    record Shown(Quiz.Question question, FactView fact, String prompt, List<String> options, int number, int of) {

        public String answerText() {
            return options.get(question.answer());
        }
    }

    /** One answered question on the score page, with the option chosen. */
    record Answered(Shown shown, int choice) {

        public boolean right() {
            return shown.question().isRight(choice);
        }

        public String chosenText() {
            return shown.options().get(choice);
        }
    }

    @GetMapping("/study")
    String start(Model model) {
        FactBase base = reader.published();
        model.addAttribute("topics", base.topics().stream().filter(t -> !facts(base, t).isEmpty()).toList());
        model.addAttribute("nav", "study");
        return "study/start";
    }

    /** Starts a round with a new seed: the round's first question. */
    @GetMapping("/study/round")
    String newRound(@RequestParam(defaultValue = "") String topic) {
        topic(reader.published(), topic);
        long seed = ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);
        return "redirect:/study/" + seed + (topic.isEmpty() ? "" : "?topic=" + topic);
    }

    @GetMapping("/study/{seed}")
    String question(@PathVariable long seed, @RequestParam(defaultValue = "") String topic,
                    @RequestParam(defaultValue = "0") int i, @RequestParam(defaultValue = "") String results, Model model) {
        List<Shown> round = round(seed, topic);
        checkProgress(round, i, results);
        model.addAttribute("q", at(round, i));
        common(model, seed, topic, i, results);
        return "study/question";
    }

    @GetMapping("/study/{seed}/answer")
    String answer(@PathVariable long seed, @RequestParam(defaultValue = "") String topic, @RequestParam int i,
                  @RequestParam(defaultValue = "") String results, @RequestParam(required = false) Integer choice,
                  Model model) {
        List<Shown> round = round(seed, topic);
        checkProgress(round, i, results);
        Shown q = at(round, i);
        if (choice == null) {
            // sent without choosing: the question again, saying so
            model.addAttribute("q", q);
            model.addAttribute("unanswered", true);
            common(model, seed, topic, i, results);
            return "study/question";
        }
        if (choice < 0 || choice >= q.options().size()) {
            throw new BadRequestException("choice is one of the options, 0 to " + (q.options().size() - 1));
        }
        boolean right = q.question().isRight(choice);
        model.addAttribute("q", q);
        model.addAttribute("right", right);
        model.addAttribute("chosen", q.options().get(choice));
        model.addAttribute("footnotes", new Footnotes(List.of(q.fact())));
        model.addAttribute("last", i + 1 == round.size());
        common(model, seed, topic, i, results + choice);
        return "study/answer";
    }

    @GetMapping("/study/{seed}/score")
    String score(@PathVariable long seed, @RequestParam(defaultValue = "") String topic,
                 @RequestParam(defaultValue = "") String results, Model model) {
        List<Shown> round = round(seed, topic);
        checkProgress(round, round.size(), results);
        List<Answered> answered = new ArrayList<>();
        for (int k = 0; k < round.size(); k++) {
            int choice = results.charAt(k) - '0';
            if (choice >= round.get(k).options().size()) {
                throw new BadRequestException("answer " + (k + 1) + " is not one of its question's options");
            }
            answered.add(new Answered(round.get(k), choice));
        }
        model.addAttribute("answered", answered);
        model.addAttribute("score", answered.stream().filter(Answered::right).count());
        model.addAttribute("revisit", answered.stream().filter(a -> !a.right()).map(a -> a.shown().fact()).toList());
        common(model, seed, topic, round.size(), results);
        return "study/score";
    }

    private void common(Model model, long seed, String topic, int i, String results) {
        model.addAttribute("seed", seed);
        model.addAttribute("topic", topic);
        model.addAttribute("topicView", topic.isEmpty() ? null : reader.published().topic(topic).orElse(null));
        model.addAttribute("i", i);
        model.addAttribute("results", results);
        model.addAttribute("nav", "study");
    }

    /**
     * The answers so far must be one per question before question {@code i} (for the score,
     * {@code i} is the round's size: one per question).
     */
    private static void checkProgress(List<Shown> round, int i, String results) {
        if (round.isEmpty()) {
            throw new NotFoundException("no facts to ask about on this topic");
        }
        if (!RESULTS.matcher(results).matches() || i < 0 || i > round.size() || results.length() != i) {
            throw new BadRequestException("this round has " + round.size() + " questions; i and results do not fit it");
        }
    }

    private static Shown at(List<Shown> round, int i) {
        if (i >= round.size()) {
            throw new BadRequestException("this round has " + round.size() + " questions");
        }
        return round.get(i);
    }

    private static TopicView topic(FactBase base, String slug) {
        return slug.isEmpty() ? null : base.topic(slug).orElseThrow(() -> new NotFoundException("topic " + slug));
    }

    private static List<FactView> facts(FactBase base, TopicView topic) {
        return (topic == null ? base.facts() : base.factsOn(topic)).stream().filter(FactView::inQuizzes).toList();
    }

    /** The round of this seed, each question put in words. */
    private List<Shown> round(long seed, String topicSlug) {
        FactBase base = reader.published();
        List<FactView> facts = facts(base, topic(base, topicSlug));
        List<Quiz.Fact> quizFacts = facts.stream().map(StudyController::quizFact).toList();
        List<Quiz.Question> questions = Quiz.round(quizFacts,
                base.companies().stream().map(CompanyView::slug).toList(),
                base.sources().stream().map(SourceView::slug).toList(), seed);
        List<Shown> shown = new ArrayList<>();
        for (Quiz.Question q : questions) {
            shown.add(show(base, q, base.fact(q.fact()).orElseThrow(), shown.size() + 1, questions.size()));
        }
        return shown;
    }

    private static Quiz.Fact quizFact(FactView f) {
        return new Quiz.Fact(f.key(), f.company() == null ? null : f.company().slug(),
                f.company() == null ? null : f.company().name(), f.statement(),
                f.asOf() == null ? null : f.asOf().year(), f.value(), f.unit(),
                f.citations().stream().map(c -> c.source().slug()).toList(), f.citations().get(0).quote());
    }

    private Shown show(FactBase base, Quiz.Question q, FactView f, int number, int of) {
        String statement = f.statement();
        return switch (q.kind()) {
            case COMPANY -> new Shown(q, f, message("study.ask.company", q.blank(statement, BLANK)), q.options().stream()
                    .map(slug -> base.company(slug).map(CompanyView::name).orElse(slug)).toList(), number, of);
            case YEAR -> new Shown(q, f, message("study.ask.year", q.blank(statement, BLANK)), q.options(), number, of);
            case FIGURE -> new Shown(q, f, message("study.ask.figure", q.blank(statement, BLANK)),
                    // the bare figures: the statement keeps its own "over" or "about" around the blank
                    q.options().stream().map(k -> base.fact(k).orElseThrow())
                            .map(o -> figures.value(o.value(), o.unit(), null)).toList(), number, of);
            case SOURCE -> new Shown(q, f, message("study.ask.source", f.citations().get(0).quote()), q.options().stream()
                    .map(slug -> base.source(slug).map(SourceView::displayTitle).orElse(slug)).toList(), number, of);
        };
    }

    private String message(String key, String text) {
        return messages.getMessage(key, new Object[] {text}, LocaleContextHolder.getLocale());
    }
}
