package org.sidebyside.web.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sidebyside.account.AccountService;
import org.sidebyside.account.Role;
import org.sidebyside.catalog.PartialDate;
import org.sidebyside.fact.CitationContent;
import org.sidebyside.fact.FactContent;
import org.sidebyside.fact.FactKind;
import org.sidebyside.fact.FactService;
import org.sidebyside.fact.FactStatus;
import org.sidebyside.web.SideBySideApplication;
import org.sidebyside.web.Visitor;
import org.sidebyside.web.WebIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two instances of the app, A and B, on the test's database, each with its own web server, and
 * browsers that send the same cookies to both, as behind a load balancer. A session begun on
 * one instance works on the other, and a change of an account's rights made on one ends that
 * account's sessions on both at once. Each instance keeps the published fact base in memory: a
 * change committed elsewhere (by the test's own context) reaches its pages within a second.
 */
@WebIntegrationTest
class TwoInstancesIntegrationTest {

    private static final String PASSWORD = "a-good-long-password";
    private static ConfigurableApplicationContext instanceA;
    private static ConfigurableApplicationContext instanceB;
    private static int a;
    private static int b;

    @Autowired
    AccountService accounts;
    @Autowired
    FactService facts;

    @BeforeAll
    static void startInstances(@Autowired JdbcConnectionDetails database) {
        instanceA = start(database);
        instanceB = start(database);
        a = Visitor.port(instanceA);
        b = Visitor.port(instanceB);
    }

    private static ConfigurableApplicationContext start(JdbcConnectionDetails database) {
        return new SpringApplicationBuilder(SideBySideApplication.class).run(
                "--server.port=0", "--spring.main.banner-mode=off",
                "--spring.datasource.url=" + database.getJdbcUrl(),
                "--spring.datasource.username=" + database.getUsername(),
                "--spring.datasource.password=" + database.getPassword());
    }

    @AfterAll
    static void stopInstances() {
        for (ConfigurableApplicationContext app : new ConfigurableApplicationContext[] {instanceA, instanceB}) {
            if (app != null) {
                app.close();
            }
        }
    }

    /** A new browser, signed in on the instance at {@code port}. */
    private static Visitor signedIn(int port, String username, String password) throws Exception {
        Visitor visitor = new Visitor();
        visitor.signIn(port, username, password);
        return visitor;
    }

    private static void assertSignedOut(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    @Test
    void aSessionBegunOnOneInstanceWorksOnTheOther() throws Exception {
        accounts.create("roaming-instructor", PASSWORD, Role.INSTRUCTOR);
        Visitor instructor = signedIn(a, "roaming-instructor", PASSWORD);
        HttpResponse<String> onB = instructor.get(b, "/admin/facts");
        assertThat(onB.statusCode()).isEqualTo(200);
        assertThat(onB.body()).contains("roaming-instructor");
    }

    @Test
    void studentsGetNoSession() throws Exception {
        HttpResponse<String> page = new Visitor().get(a, "/compare/payments");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().allValues("Set-Cookie")).isEmpty();
    }

    private String version(String username) {
        return String.valueOf(accounts.find(username).orElseThrow().getVersion());
    }

    @Test
    void disablingAnAccountOnOneInstanceEndsItsSessionsOnBoth() throws Exception {
        accounts.create("soon-disabled", PASSWORD, Role.INSTRUCTOR);
        Visitor onA = signedIn(a, "soon-disabled", PASSWORD);
        Visitor onB = signedIn(b, "soon-disabled", PASSWORD);
        assertThat(onA.get(a, "/admin").statusCode()).isEqualTo(200);

        Visitor admin = signedIn(b, "admin", WebIntegrationTest.ADMIN_PASSWORD);
        assertThat(admin.submit(b, "/admin/accounts", "/admin/accounts/soon-disabled/role", Map.of("role", "INSTRUCTOR", "version", version("soon-disabled")))
                .statusCode()).isEqualTo(302);

        assertSignedOut(onA.get(a, "/admin"));
        assertSignedOut(onB.get(b, "/admin"));
        assertSignedOut(onA.get(b, "/admin"));
    }

    @Test
    void aDemotedAdminCannotPromoteItselfBackWithItsOldSession() throws Exception {
        accounts.create("second-admin", PASSWORD, Role.ADMIN);
        Visitor demoted = signedIn(a, "second-admin", PASSWORD);
        // its accounts page, with a valid form and token, is open in its browser
        String accountsPage = demoted.get(a, "/admin/accounts").body();
        String token = Jsoup.parse(accountsPage).selectFirst("input[name=_csrf]").val();

        Visitor admin = signedIn(b, "admin", WebIntegrationTest.ADMIN_PASSWORD);
        admin.submit(b, "/admin/accounts", "/admin/accounts/second-admin/role",
                Map.of("role", "INSTRUCTOR", "enabled", "true", "version", version("second-admin")));

        HttpResponse<String> comeback = demoted.post(a, "/admin/accounts/second-admin/role",
                Map.of("role", "ADMIN", "enabled", "true", "_csrf", token, "version", version("second-admin")));
        assertThat(comeback.statusCode()).isIn(302, 403);
        assertThat(comeback.headers().firstValue("Location").orElse("")).doesNotEndWith("/admin/accounts");
        assertThat(accounts.find("second-admin").orElseThrow().getRole()).isEqualTo(Role.INSTRUCTOR);
    }

    @Test
    void aNewPasswordEndsTheOldSessions() throws Exception {
        accounts.create("new-password", PASSWORD, Role.INSTRUCTOR);
        Visitor old = signedIn(a, "new-password", PASSWORD);
        Visitor admin = signedIn(b, "admin", WebIntegrationTest.ADMIN_PASSWORD);
        admin.submit(b, "/admin/accounts", "/admin/accounts/new-password/password", Map.of("password", "another-long-password"));

        assertSignedOut(old.get(a, "/admin"));
        assertThat(admin.get(a, "/admin").statusCode()).as("the admin who set it stays signed in").isEqualTo(200);
        old.signIn(b, "new-password", "another-long-password");
    }

    @Test
    void settingOnesOwnPasswordKeepsTheSessionInUseAndEndsTheOthers() throws Exception {
        accounts.create("self-service", PASSWORD, Role.ADMIN);
        Visitor here = signedIn(a, "self-service", PASSWORD);
        Visitor elsewhere = signedIn(b, "self-service", PASSWORD);
        here.submit(a, "/admin/accounts", "/admin/accounts/self-service/password", Map.of("password", "my-new-long-password"));
        assertThat(here.get(b, "/admin").statusCode()).isEqualTo(200);
        assertSignedOut(elsewhere.get(a, "/admin"));
    }

    @Test
    void publishingElsewhereIsVisibleOnAnInstanceWithinASecond() throws Exception {
        String key = "test-two-instances-local-services";
        String statement = "Amazon offered Local Services in 2015, as both instances now show.";
        Visitor student = new Visitor();
        facts.create(key, new FactContent("amazon", "online-to-offline", FactKind.EVENT, statement, null, null, null,
                PartialDate.parse("2015"), null, null, List.of(new CitationContent("eight-lessons",
                "Amazon also launched its Local Services in 2015."))), FactStatus.DRAFT);
        // B has read its snapshot and rendered the topic page before the change
        assertThat(student.get(b, "/facts/" + key).statusCode()).isEqualTo(404);
        assertThat(student.get(b, "/compare/online-to-offline").body()).doesNotContain(statement);

        facts.publish(key);
        Awaitility.await().atMost(Duration.ofSeconds(1)).pollInterval(Duration.ofMillis(20)).untilAsserted(() -> {
            assertThat(student.get(b, "/facts/" + key).statusCode()).isEqualTo(200);
            assertThat(student.get(b, "/compare/online-to-offline").body()).contains(statement);
        });

        facts.unpublish(key);
        Awaitility.await().atMost(Duration.ofSeconds(1)).pollInterval(Duration.ofMillis(20)).untilAsserted(() ->
                assertThat(student.get(b, "/facts/" + key).statusCode()).isEqualTo(404));
    }
}
