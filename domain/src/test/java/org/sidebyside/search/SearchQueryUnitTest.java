package org.sidebyside.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchQueryUnitTest {

    @Test
    void controlCharactersAndNulCountAsSpaces() {
        assertThat(SearchQuery.of("ali\u0000pay", null, null, null, 1).text()).isEqualTo("ali pay");
        assertThat(SearchQuery.of("\u0000", null, null, null, 1).isEmpty()).isTrue();
        assertThat(SearchQuery.of(" alipay\t\u0007 vs\r\n amazon pay ", null, null, null, 1).text())
                .isEqualTo("alipay vs amazon pay");
    }

    @Test
    void longQueriesAreCutAndSaySo() {
        SearchQuery q = SearchQuery.of("x".repeat(250), null, null, null, 1);
        assertThat(q.text()).hasSize(200);
        assertThat(q.shortened()).isTrue();
    }
}
