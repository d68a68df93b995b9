package org.sidebyside.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PairingUnitTest {

    record F(String name, String company, String comparison) {
    }

    private static List<Pairing.Pair<F>> pairs(F... facts) {
        return Pairing.pairs(List.of(facts), F::comparison, F::company, List.of("alibaba", "amazon"));
    }

    @Test
    void factsSharingAKeyPairUpOneCellPerCompanyInColumnOrderAndKeyOrder() {
        F amazonFounded = new F("a1", "amazon", "founding-year");
        F alibabaFounded = new F("b1", "alibaba", "founding-year");
        F alibabaPay = new F("b2", "alibaba", "payments");
        F amazonPay = new F("a2", "amazon", "payments");
        var pairs = pairs(amazonFounded, alibabaPay, alibabaFounded, amazonPay);
        assertThat(pairs).extracting(Pairing.Pair::comparison).containsExactly("founding-year", "payments");
        assertThat(pairs.get(0).cells()).containsExactly(List.of(alibabaFounded), List.of(amazonFounded));
        assertThat(pairs.get(0).oneEach()).isTrue();
        assertThat(pairs.get(0).facts()).containsExactly(alibabaFounded, amazonFounded);
    }

    @Test
    void aKeyWithFactsOnOneCompanyOnlyMakesNoPair() {
        assertThat(pairs(new F("b1", "alibaba", "drones"), new F("b2", "alibaba", "drones"))).isEmpty();
    }

    @Test
    void factsAboutBothCompaniesOrWithoutAKeyNeverPair() {
        assertThat(pairs(new F("x", null, "founding-year"), new F("a", "amazon", null), new F("b", "alibaba", null)))
                .isEmpty();
    }

    @Test
    void severalFactsOfOneCompanyShareItsCellAndTheRowIsNotOneEach() {
        F a1 = new F("a1", "amazon", "logistics");
        F a2 = new F("a2", "amazon", "logistics");
        F b1 = new F("b1", "alibaba", "logistics");
        var pair = pairs(a1, b1, a2).get(0);
        assertThat(pair.cells()).containsExactly(List.of(b1), List.of(a1, a2));
        assertThat(pair.oneEach()).isFalse();
    }
}
