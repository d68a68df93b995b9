package org.sidebyside.web.api;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sidebyside.history.History;
import org.sidebyside.search.FactSearch;
import org.sidebyside.web.export.FactRecord;
import org.sidebyside.web.export.FactRecords;
import org.sidebyside.web.factbase.FactBase;
import org.sidebyside.web.factbase.FactBaseReader;
import org.sidebyside.web.system.BadRequestException;
import org.sidebyside.web.system.PublicUrl;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The API's answers, HTTP only (a {@code @WebMvcTest} slice: no database, the fact base
 * mocked): records as JSON, and every failure as an RFC 9457 problem document with its status.
 */
@WebMvcTest(controllers = ApiController.class)
@AutoConfigureMockMvc(addFilters = false)
class ApiProblemsWebMvcTest {

    @Autowired
    MockMvc mvc;
    @MockitoBean
    FactBaseReader reader;
    @MockitoBean
    FactRecords records;
    @MockitoBean
    History history;
    @MockitoBean
    PublicUrl publicUrl;
    @MockitoBean
    FactSearch search;

    @Test
    void factsAreRecordsWithStableFieldNames() throws Exception {
        when(records.matching("alibaba", null, null, null)).thenReturn(List.of(new FactRecord("alipay-users", "alibaba",
                "payments", "figure", "Alipay had about 427 million users.", new java.math.BigDecimal("427000000"), "people",
                "about", "2016", null, null,
                List.of(new FactRecord.CitationRecord("eight-lessons", "8 Lessons", "about 427 million", 10, 27, "2016+")),
                null, List.of("alipay-users-disputed"), "Alipay's monthly active users")));

        mvc.perform(get("/api/facts").param("company", "alibaba"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$[0].key").value("alipay-users"))
                .andExpect(jsonPath("$[0].asOf").value("2016"))
                .andExpect(jsonPath("$[0].measure").value("Alipay's monthly active users"))
                .andExpect(jsonPath("$[0].citations[0].quote").value("about 427 million"))
                .andExpect(jsonPath("$[0].citations[0].reported").value("2016+"))
                .andExpect(jsonPath("$[0].disagreements[0]").value("alipay-users-disputed"));
    }

    @Test
    void aFilterThatNamesNothingIsA400Problem() throws Exception {
        when(records.matching("tencent", null, null, null)).thenThrow(new BadRequestException("unknown company tencent"));

        mvc.perform(get("/api/facts").param("company", "tencent"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.detail").value("unknown company tencent"));
    }

    @Test
    void anUnknownFactIsA404Problem() throws Exception {
        FactBase base = mock(FactBase.class);
        when(base.fact("no-such-fact")).thenReturn(Optional.empty());
        when(reader.published()).thenReturn(base);

        mvc.perform(get("/api/facts/no-such-fact"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("No fact no-such-fact"));
    }

    @Test
    void theDatabaseDownIsA503ProblemWithRetryAfter() throws Exception {
        when(records.matching(null, null, null, null))
                .thenThrow(new CannotCreateTransactionException("Could not open JPA EntityManager"));

        mvc.perform(get("/api/facts"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", "5"))
                .andExpect(jsonPath("$.status").value(503));
    }
}
