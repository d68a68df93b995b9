package org.sidebyside.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

@SpringBootTest(classes = org.sidebyside.DomainTestApplication.class)
class SignInThrottleIntegrationTest {

    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcTemplate jdbc;

    final MovableClock clock = new MovableClock();
    SignInThrottle throttle;

    @BeforeEach
    void freshBuckets() {
        jdbc.execute("truncate sign_in_bucket");
        throttle = new SignInThrottle(dataSource, clock);
    }

    @Test
    void fiveFailuresForOneAccountStopThatAddressOnlyUntilTheBucketRefills() {
        for (int i = 0; i < SignInThrottle.PER_ACCOUNT; i++) {
            assertThat(throttle.allows("198.51.100.1", "ada")).isTrue();
            throttle.failed("198.51.100.1", "ada");
        }
        assertThat(throttle.allows("198.51.100.1", "ada")).isFalse();
        assertThat(throttle.allows("198.51.100.1", "ADA ")).as("what is typed is normalised").isFalse();
        // the owner elsewhere, and other accounts from this address, are untouched
        assertThat(throttle.allows("203.0.113.9", "ada")).isTrue();
        assertThat(throttle.allows("198.51.100.1", "ina")).isTrue();

        clock.advance(SignInThrottle.REFILL.dividedBy(SignInThrottle.PER_ACCOUNT).plusSeconds(1));
        assertThat(throttle.allows("198.51.100.1", "ada")).as("one attempt back after a fifth of the refill time").isTrue();
        throttle.failed("198.51.100.1", "ada");
        assertThat(throttle.allows("198.51.100.1", "ada")).isFalse();
    }

    @Test
    void oneAddressTryingManyUsernamesIsStoppedWhetherOrNotTheyExist() {
        for (int i = 0; i < SignInThrottle.PER_ADDRESS; i++) {
            throttle.failed("198.51.100.2", "guess-" + i);
        }
        assertThat(throttle.allows("198.51.100.2", "someone-new")).isFalse();
        assertThat(throttle.allows("198.51.100.3", "someone-new")).isTrue();
        clock.advance(SignInThrottle.REFILL);
        assertThat(throttle.allows("198.51.100.2", "someone-new")).isTrue();
    }

    @Test
    void aSuccessfulSignInStartsTheAccountAfreshAtThatAddress() {
        for (int i = 0; i < SignInThrottle.PER_ACCOUNT - 1; i++) {
            throttle.failed("198.51.100.4", "ada");
        }
        throttle.succeeded("198.51.100.4", "ada");
        for (int i = 0; i < SignInThrottle.PER_ACCOUNT - 1; i++) {
            throttle.failed("198.51.100.4", "ada");
        }
        assertThat(throttle.allows("198.51.100.4", "ada")).isTrue();
    }

    @Test
    void bucketsThatHaveFilledUpAgainAreRemoved() {
        throttle.failed("198.51.100.5", "ada");
        assertThat(jdbc.queryForObject("select count(*) from sign_in_bucket", Long.class)).isEqualTo(2);
        clock.advance(SignInThrottle.REFILL.plusMinutes(1));
        throttle.failed("198.51.100.6", "ina");
        assertThat(jdbc.queryForList("select id from sign_in_bucket", String.class))
                .containsExactlyInAnyOrder("address:198.51.100.6", "account:ina@198.51.100.6");
    }

    /** A clock the test moves on by hand; it starts at the real time, as Bucket4j dates expiry by it. */
    static final class MovableClock extends Clock {
        private Instant now = Instant.now();

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
