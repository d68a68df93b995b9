package org.sidebyside.study;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuizUnitTest {

    private static final List<String> COMPANIES = List.of("alibaba", "amazon");
    private static final List<String> SOURCES = List.of("paper", "adage", "lessons", "cx");
    private static final String QUOTE = "A quote long enough to tell which article it comes from.";

    /** A fact quoting one or more articles with {@link #QUOTE}; the company's name is its slug capitalised. */
    private static Quiz.Fact fact(String key, String company, String statement, Integer year, String value, String unit,
                                  String... sources) {
        String name = company == null ? null : Character.toUpperCase(company.charAt(0)) + company.substring(1);
        return new Quiz.Fact(key, company, name, statement, year, value == null ? null : new BigDecimal(value), unit,
                List.of(sources), QUOTE);
    }

    /** The question of this kind about this fact, drawn from these facts with this seed. */
    private static Quiz.Question ask(Quiz.Kind kind, Quiz.Fact f, List<Quiz.Fact> all, long seed) {
        return Quiz.question(kind, f, all, Quiz.Names.of(all), COMPANIES, SOURCES, new java.util.Random(seed));
    }

    private static List<Quiz.Fact> facts() {
        return new ArrayList<>(List.of(
                fact("alibaba-founded", "alibaba", "Alibaba was founded in 1999.", 1999, null, null, "paper"),
                fact("amazon-founded", "amazon", "Amazon was founded in 1994.", 1994, null, null, "paper"),
                fact("tmall-share", "alibaba", "Tmall had 61.4%.", 2014, "61.4", "percent", "adage"),
                fact("amazon-cn-share", "amazon", "Amazon.cn had 1.3%.", 2014, "1.3", "percent", "adage"),
                fact("china-cards", null, "China had a quarter.", 2010, "25", "percent", "paper"),
                fact("alipay-users", "alibaba", "Alipay had 427 million users.", null, "427000000", "people", "lessons"),
                fact("both-sources", "amazon", "Said twice.", 2016, null, null, "lessons", "cx"),
                fact("singles-day", "alibaba", "Singles Day began in 2009.", 2009, null, null, "lessons"),
                fact("amazon-go", "amazon", "Amazon Go opened in 2018.", 2018, null, null, "cx")));
    }

    @Test
    void aRoundAsksAboutDifferentFactsInEveryKindAndTheSameSeedGivesTheSameRound() {
        List<Quiz.Question> round = Quiz.round(facts(), COMPANIES, SOURCES, 42);
        assertThat(round).hasSize(Quiz.ROUND);
        assertThat(round).extracting(Quiz.Question::fact).doesNotHaveDuplicates();
        assertThat(round).extracting(Quiz.Question::kind).contains(Quiz.Kind.values());
        assertThat(Quiz.round(facts(), COMPANIES, SOURCES, 42)).isEqualTo(round);
        List<Quiz.Fact> reversed = new ArrayList<>(facts());
        java.util.Collections.reverse(reversed);
        assertThat(Quiz.round(reversed, COMPANIES, SOURCES, 42)).as("whatever order the facts come in").isEqualTo(round);
        assertThat(Quiz.round(facts(), COMPANIES, SOURCES, 43)).isNotEqualTo(round);
    }

    @Test
    void eachKindHasOneRightOptionAndPlausibleDistractorsFromTheFactBase() {
        for (long seed = 0; seed < 50; seed++) {
            for (Quiz.Question q : Quiz.round(facts(), COMPANIES, SOURCES, seed)) {
                Quiz.Fact f = facts().stream().filter(x -> x.key().equals(q.fact())).findFirst().orElseThrow();
                assertThat(q.options()).doesNotHaveDuplicates();
                switch (q.kind()) {
                    case COMPANY -> assertThat(q.options().get(q.answer())).isEqualTo(f.company());
                    case YEAR -> {
                        assertThat(q.options()).hasSize(Quiz.OPTIONS).isSortedAccordingTo(java.util.Comparator.comparing(Integer::valueOf));
                        assertThat(q.options().get(q.answer())).isEqualTo(String.valueOf(f.year()));
                    }
                    case FIGURE -> {
                        assertThat(q.options().get(q.answer())).isEqualTo(f.key());
                        assertThat(q.options()).allSatisfy(k -> assertThat(facts().stream()
                                .filter(x -> x.key().equals(k)).findFirst().orElseThrow().unit()).isEqualTo(f.unit()));
                    }
                    case SOURCE -> {
                        assertThat(q.options()).isEqualTo(SOURCES);
                        assertThat(q.options().get(q.answer())).isEqualTo(f.sources().get(0));
                        assertThat(f.key()).as("a fact quoting two articles has no one right source").isNotEqualTo("both-sources");
                    }
                }
                assertThat(q.isRight(q.answer())).isTrue();
            }
        }
    }

    @Test
    void factsThatCannotCarryAKindOfQuestionAreNotAskedIt() {
        Quiz.Fact both = fact("about-both", null, "Both sell online.", null, null, null, "paper");
        assertThat(ask(Quiz.Kind.COMPANY, both, facts(), 1)).isNull();
        assertThat(ask(Quiz.Kind.YEAR, both, facts(), 1)).isNull();
        assertThat(ask(Quiz.Kind.FIGURE, both, facts(), 1)).isNull();
        Quiz.Fact lonelyUnit = fact("odd", "amazon", "Eleven years.", null, "11", "years", "lessons");
        assertThat(ask(Quiz.Kind.FIGURE, lonelyUnit, facts(), 1))
                .as("no other figure in years to choose from").isNull();
        assertThat(Quiz.round(List.of(), COMPANIES, SOURCES, 1)).isEmpty();
    }

    @Test
    void theGapIsTheFactsOwnFigureOrYearAndAQuestionWithoutOneIsNotAsked() {
        String sales = "On Singles Day (11 November) Alibaba sold more than 17.8 billion US dollars of goods in 24 hours.";
        Quiz.Gap gap = Quiz.figureGap(sales, new BigDecimal("17800000000"));
        assertThat(sales.substring(gap.start(), gap.end())).as("the dollars with it: the option writes $").isEqualTo("17.8 billion US dollars");
        String sites = "Websites such as Taobao, Tmall and 1688 bring in 85% of Alibaba's revenue.";
        gap = Quiz.figureGap(sites, new BigDecimal("85"));
        assertThat(sites.substring(gap.start(), gap.end())).isEqualTo("85%");
        assertThat(Quiz.figureGap("Roughly a quarter of the brands are exclusives.", new BigDecimal("25"))).isNull();
        assertThat(Quiz.figureGap("It grew from 3 to 3 stores.", new BigDecimal("3"))).as("two gaps, one answer").isNull();

        String dated = "In 2010 China had only a quarter as many credit card holdings as the US.";
        gap = Quiz.yearGap(dated, 2010);
        assertThat(gap.blank(dated, "____")).isEqualTo("In ____ China had only a quarter as many credit card holdings as the US.");
        assertThat(Quiz.yearGap("32% of Amazon Pay users paid with a phone.", 2016)).isNull();
        Quiz.Fact undatedInWords = fact("pay-mobile", "amazon", "32% of Amazon Pay users paid with a phone.", 2016, null, null, "paper");
        assertThat(ask(Quiz.Kind.YEAR, undatedInWords, facts(), 1)).isNull();
    }

    @Test
    void aCompanyQuestionBlanksOnlyItsCompanyAndIsNotAskedWhereAProductNameGivesItAway() {
        List<Quiz.Fact> base = new ArrayList<>(facts());
        base.add(fact("pay-launch", "amazon", "Amazon Pay launched in 2015.", 2015, null, null, "lessons"));
        base.add(fact("pay-trust", "amazon", "Amazon Pay rides on the brand's trust.", null, null, null, "lessons"));
        Quiz.Fact payUsers = fact("pay-users", "amazon", "The number of Amazon Pay users doubled.", 2016, null, null, "lessons");
        base.add(payUsers);
        Quiz.Fact rival = new Quiz.Fact("turned-to-rival", "amazon", "Amazon",
                "After 11 years in China, Amazon turned to its rival Alibaba.", null, null, null, List.of("adage"), QUOTE);
        Quiz.Fact store = new Quiz.Fact("tmall-store", "amazon", "Amazon",
                "Amazon opened a store on Tmall; amazon's store sells imports.", null, null, null, List.of("adage"), QUOTE);
        Quiz.Fact cloud = fact("amazon-cloud", "amazon", "Amazon Cloud is big.", null, null, null, "paper");
        Quiz.Fact site = fact("amazon-cn", "amazon", "Amazon runs Amazon.cn in China.", null, null, null, "paper");
        Quiz.Fact nameless = fact("nameless", "amazon", "Sellers list their goods.", null, null, null, "paper");
        Quiz.Fact stem = fact("alimama", "alibaba", "Alimama is one of Alibaba's products.", null, null, null, "paper");
        base.addAll(List.of(rival, store, cloud, site, nameless, stem));
        Quiz.Names names = Quiz.Names.of(base);

        assertThat(Quiz.tellsOf(payUsers, names)).as("other facts write Pay, all Amazon's").containsExactly("Pay");
        assertThat(ask(Quiz.Kind.COMPANY, payUsers, base, 1)).isNull();

        assertThat(Quiz.fairCompanyQuestion(rival, names)).as("the other company named: the answer by elimination").isFalse();
        assertThat(Quiz.fairCompanyQuestion(cloud, names)).as("a product's name left half written").isFalse();
        assertThat(Quiz.fairCompanyQuestion(site, names)).as("Amazon.cn").isFalse();
        assertThat(Quiz.fairCompanyQuestion(nameless, names)).as("nothing to blank").isFalse();
        assertThat(Quiz.tellsOf(stem, names)).as("a name made on the company's").containsExactly("Alimama");
        assertThat(Quiz.tellsOf(store, names)).isEmpty();
        Quiz.Question q = ask(Quiz.Kind.COMPANY, store, base, 1);
        assertThat(q.blank(store.statement(), "____")).isEqualTo("____ opened a store on Tmall; ____'s store sells imports.");
        assertThat(q.options().get(q.answer())).isEqualTo("amazon");
        assertThat(Quiz.companyGaps("Amazonian forests; Amazon.cn", "Amazon")).as("a word of its own only")
                .extracting(Quiz.Gap::start).containsExactly(19);
    }

    @Test
    void aWhichArticleQuestionNeedsAQuoteOfAFewWordsAtLeast() {
        Quiz.Fact heading = new Quiz.Fact("payment-lesson", "alibaba", "Alibaba", "Alibaba treats payment as infrastructure.",
                null, null, null, List.of("lessons"), "Embrace Payment as infrastructure.");
        assertThat(ask(Quiz.Kind.SOURCE, heading, facts(), 1))
                .as("a heading's four words").isNull();
        Quiz.Fact sentence = new Quiz.Fact("payment-sentence", "alibaba", "Alibaba", "Alipay began as escrow.", null, null, null,
                List.of("lessons"), "Alipay started as an escrow service for buyers and sellers on Taobao");
        assertThat(ask(Quiz.Kind.SOURCE, sentence, facts(), 1).options())
                .isEqualTo(SOURCES);
    }

    @Test
    void aFigureQuestionBlanksTheNumberWithItsDollarsAndOffersFiguresOfItsOrderButNotItsNeighbour() {
        String phone = "The Fire Phone cost just $199, cheap next to other smartphones.";
        Quiz.Gap gap = Quiz.figureGap(phone, new BigDecimal("199"));
        assertThat(gap.blank(phone, "____")).isEqualTo("The Fire Phone cost just ____, cheap next to other smartphones.");
        String koubei = "Koubei is valued at 8 billion US dollars.";
        assertThat(Quiz.figureGap(koubei, new BigDecimal("8000000000")).blank(koubei, "____")).isEqualTo("Koubei is valued at ____.");

        List<Quiz.Fact> usd = new ArrayList<>(List.of(
                fact("phone", "amazon", "The phone cost $199.", null, "199", "USD", "lessons"),
                fact("o2o", null, "O2O is worth $1.6 trillion.", null, "1600000000000", "USD", "lessons"),
                fact("yuebao", "alibaba", "Yu'E Bao holds $92 billion.", null, "92000000000", "USD", "lessons"),
                fact("prime", "amazon", "Prime Day sold $525 million.", null, "525000000", "USD", "lessons"),
                fact("card", "amazon", "A card cost $150.", null, "150", "USD", "lessons"),
                fact("watch", "amazon", "A watch cost $250.", null, "250", "USD", "lessons"),
                fact("hat", "amazon", "A hat cost $20.", null, "20", "USD", "lessons"),
                fact("twin", "amazon", "A twin cost $200.", null, "200", "USD", "lessons")));
        Quiz.Question q = ask(Quiz.Kind.FIGURE, usd.get(0), usd, 3);
        assertThat(q.options()).containsExactlyInAnyOrder("hat", "card", "phone", "watch")
                .as("$200 is $199 rounded; billions are no choice beside $199").doesNotContain("twin", "o2o");
    }
}
