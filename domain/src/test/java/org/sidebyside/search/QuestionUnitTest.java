package org.sidebyside.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QuestionUnitTest {

    @Test
    void hyphensApostrophesAndCaseDoNotMatter() {
        assertThat(Question.of("Customer-Driven").text()).isEqualTo("customer driven");
        assertThat(Question.of("Amazon\u2019s Fire Phone").text()).isEqualTo("amazon fire phone");
        assertThat(Question.of("e-commerce").text()).isEqualTo("e commerce");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Nov 11", "nov. 11", "11 Nov", "11.11", "11/11", "11-11", "November 11"})
    void aDayAndAMonthReadTheSameInEveryUsualForm(String typed) {
        assertThat(Question.of(typed + " sales").text()).containsAnyOf("11 november", "november 11");
        assertThat(Question.of(typed).terms()).anySatisfy(t -> assertThat(t).contains("singles day"));
    }

    @Test
    void aDateThatCannotBeADayAndMonthIsLeftAlone() {
        assertThat(Question.of("6/18 sale").text()).isEqualTo("18 june sale");
        assertThat(Question.of("2014/2015").text()).isEqualTo("2014/2015");
    }

    @Test
    void comparisonsAndQuestionsAreRecognisedAndTheirMarkersAreNotSearched() {
        Question vs = Question.of("Alipay vs Amazon Pay");
        assertThat(vs.comparison()).isTrue();
        assertThat(vs.terms()).extracting(t -> t.get(0)).containsExactly("alipay", "amazon", "pay");
        assertThat(Question.of("which is which: platform or retailer").comparison()).isTrue();
        assertThat(Question.of("When was Alibaba founded?").question()).isTrue();
        assertThat(Question.of("fire phone price").question()).isFalse();
        assertThat(Question.of("fire phone price").comparison()).isFalse();
    }

    @Test
    void aWordTheArticlesSayOtherwiseBringsItsSynonymsWithTheTypedWordFirst() {
        List<List<String>> terms = Question.of("who set up alibaba").terms();
        assertThat(terms.get(0)).startsWith("set up").contains("founded", "established");
        assertThat(terms).contains(List.of("alibaba"));
    }

    @Test
    void fillerWordsAreNotSearched() {
        assertThat(Question.of("how much did they get").terms()).extracting(t -> t.get(0)).doesNotContain("much", "get");
    }
}
