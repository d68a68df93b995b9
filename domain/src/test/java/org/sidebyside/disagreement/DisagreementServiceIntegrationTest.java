package org.sidebyside.disagreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sidebyside.ChangedMeanwhileException;
import org.sidebyside.ImportOutcome;
import org.sidebyside.catalog.CatalogService;
import org.sidebyside.catalog.SourceMetadata;
import org.sidebyside.fact.CitationContent;
import org.sidebyside.fact.FactContent;
import org.sidebyside.fact.FactKind;
import org.sidebyside.fact.FactService;
import org.sidebyside.fact.FactStatus;
import org.sidebyside.fact.Problem;
import org.sidebyside.history.History;
import org.sidebyside.history.Revision;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

@SpringBootTest(classes = org.sidebyside.DomainTestApplication.class)
class DisagreementServiceIntegrationTest {

    private static final String TEXT = "Alibaba owns no trucks. Alibaba runs its logistics arm Cainiao. "
            + "Hema stores function as fulfillment centers.";

    @Autowired
    DisagreementService disagreements;
    @Autowired
    FactService facts;
    @Autowired
    CatalogService catalog;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void aSmallFactBase() {
        jdbc.execute("truncate revision, citation, fact, source, topic, company restart identity cascade");
        catalog.putCompany("alibaba", "Alibaba", 1);
        catalog.putTopic("logistics", "Logistics", "Who delivers.", null, 1);
        catalog.putSource("post", "post.txt", new SourceMetadata("A post", null, null, null, null, null, null), TEXT);
        fact("alibaba-owns-no-trucks", "Alibaba owns no trucks.");
        fact("alibaba-cainiao-logistics-arm", "Alibaba runs its logistics arm Cainiao.");
        fact("hema-fulfillment-centers", "Hema stores function as fulfillment centers.");
    }

    private void fact(String key, String quote) {
        facts.create(key, new FactContent("alibaba", "logistics", FactKind.STATEMENT, quote, null, null, null, null, null,
                null, List.of(new CitationContent("post", quote))), FactStatus.PUBLISHED);
    }

    private static DisagreementContent logistics(String summary) {
        return new DisagreementContent("logistics", "Whether Alibaba runs logistics of its own", DisagreementKind.CONTRADICTION,
                summary, List.of(new DisagreementContent.Side("No logistics of its own", List.of("alibaba-owns-no-trucks")),
                new DisagreementContent.Side("Delivers itself", List.of("alibaba-cainiao-logistics-arm", "hema-fulfillment-centers"))));
    }

    @Test
    void anInstructorCreatesEditsRetiresAndRestoresADisagreementAndEachChangeIsRecordedWithWhatItSaid() {
        disagreements.create("alibaba-own-logistics", logistics("One says none, the other names Cainiao."));
        DisagreementService.State created = disagreements.state("alibaba-own-logistics").orElseThrow();
        assertThat(created.content().sides()).extracting(DisagreementContent.Side::factKeys)
                .containsExactly(List.of("alibaba-owns-no-trucks"), List.of("alibaba-cainiao-logistics-arm", "hema-fulfillment-centers"));

        disagreements.update("alibaba-own-logistics", logistics("Years apart: one says none, the other names Cainiao."),
                created.version());
        long edited = disagreements.state("alibaba-own-logistics").orElseThrow().version();
        assertThatThrownBy(() -> disagreements.retire("alibaba-own-logistics", created.version()))
                .isInstanceOf(ChangedMeanwhileException.class);
        disagreements.retire("alibaba-own-logistics", edited);
        assertThat(disagreements.state("alibaba-own-logistics").orElseThrow().retired()).isTrue();
        disagreements.restore("alibaba-own-logistics", disagreements.state("alibaba-own-logistics").orElseThrow().version());

        List<Revision> history = disagreements.history("alibaba-own-logistics");
        assertThat(history).extracting(Revision::getSummary)
                .containsExactly("restored", "retired", "updated: summary", "created: Whether Alibaba runs logistics of its own");
        DisagreementService.Snapshot afterEdit = History.snapshotOf(history.get(2), DisagreementService.Snapshot.class);
        assertThat(afterEdit.content().summary()).startsWith("Years apart");
        assertThat(History.snapshotOf(history.get(1), DisagreementService.Snapshot.class).retired()).isTrue();
    }

    @Test
    void theRulesNameEveryProblemAtOnce() {
        DisagreementContent bad = new DisagreementContent("nowhere", " ", null, "x",
                List.of(new DisagreementContent.Side("Both sides", List.of("alibaba-owns-no-trucks", "no-such-fact", "alibaba-owns-no-trucks"))));
        assertThatThrownBy(() -> disagreements.create("bad", bad))
                .isInstanceOfSatisfying(InvalidDisagreementException.class, e -> assertThat(e.getProblems())
                        .extracting(Problem::field, Problem::code).containsExactlyInAnyOrder(
                                org.assertj.core.groups.Tuple.tuple("topic", "unknown"),
                                org.assertj.core.groups.Tuple.tuple("subject", "required"),
                                org.assertj.core.groups.Tuple.tuple("kind", "required"),
                                org.assertj.core.groups.Tuple.tuple("sides", "too-few"),
                                org.assertj.core.groups.Tuple.tuple("sides[0].facts", "unknown"),
                                org.assertj.core.groups.Tuple.tuple("sides[0].facts", "twice")));
        assertThat(disagreements.state("bad")).isEmpty();
    }

    @Test
    void anImportAddsAndUpdatesButKeepsAnInstructorsEdit() {
        Map<String, DisagreementContent> seed = Map.of("alibaba-own-logistics", logistics("First wording."));
        assertThat(disagreements.importDisagreements(seed)).containsEntry("alibaba-own-logistics", ImportOutcome.INSERTED);
        assertThat(disagreements.importDisagreements(seed)).containsEntry("alibaba-own-logistics", ImportOutcome.UNCHANGED);
        assertThat(disagreements.importDisagreements(Map.of("alibaba-own-logistics", logistics("Second wording."))))
                .containsEntry("alibaba-own-logistics", ImportOutcome.UPDATED);

        disagreements.update("alibaba-own-logistics", logistics("The instructor's wording."),
                disagreements.state("alibaba-own-logistics").orElseThrow().version());
        assertThat(disagreements.importDisagreements(Map.of("alibaba-own-logistics", logistics("Third wording."))))
                .containsEntry("alibaba-own-logistics", ImportOutcome.KEPT_LOCAL_EDIT);
        assertThat(disagreements.state("alibaba-own-logistics").orElseThrow().content().summary())
                .isEqualTo("The instructor's wording.");
    }

    @Test
    void aFactMergedIntoAnotherLeavesItsSideAndItsKeyLeadsToTheFactThatAbsorbedIt() {
        disagreements.create("alibaba-own-logistics", logistics("One says none, the other names Cainiao."));

        assertThat(facts.merge("alibaba-cainiao-logistics-arm", List.of("hema-fulfillment-centers")))
                .containsExactly("hema-fulfillment-centers");
        assertThat(facts.merge("alibaba-cainiao-logistics-arm", List.of("hema-fulfillment-centers"))).isEmpty();

        assertThat(facts.redirect("hema-fulfillment-centers")).contains("alibaba-cainiao-logistics-arm");
        assertThat(facts.exists("hema-fulfillment-centers")).isFalse();
        assertThat(disagreements.state("alibaba-own-logistics").orElseThrow().content().sides().get(1).factKeys())
                .containsExactly("alibaba-cainiao-logistics-arm");
        assertThat(jdbc.queryForObject("select summary from revision where entity_key = 'hema-fulfillment-centers' "
                + "order by id desc limit 1", String.class)).isEqualTo("merged into alibaba-cainiao-logistics-arm");

        assertThat(disagreements.history("alibaba-own-logistics").get(0).getSummary())
                .isEqualTo("fact hema-fulfillment-centers merged into alibaba-cainiao-logistics-arm");

        // a fact absorbed by one outside the disagreement: that one takes its place on its side
        fact("alibaba-no-trucks-restated", "Alibaba owns no trucks");
        facts.merge("alibaba-no-trucks-restated", List.of("alibaba-owns-no-trucks"));
        assertThat(disagreements.state("alibaba-own-logistics").orElseThrow().content().sides().get(0).factKeys())
                .containsExactly("alibaba-no-trucks-restated");

        // a key merged earlier follows its fact when that one is merged in turn
        facts.merge("alibaba-no-trucks-restated", List.of("alibaba-cainiao-logistics-arm"));
        assertThat(facts.redirect("hema-fulfillment-centers")).contains("alibaba-no-trucks-restated");
    }
}
