package org.sidebyside.account;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Slows down password guessing without letting anyone lock anyone out. Failed sign-ins are
 * counted in two token buckets: one per client address, and one per account <em>at that
 * address</em>. When either is empty, further attempts from that address are refused unread
 * until the bucket refills. Nothing a stranger does from another address changes what the
 * account's owner can do from theirs, and unknown usernames are throttled exactly like real
 * ones, so the answer never tells whether an account exists.
 *
 * <p>The buckets live in PostgreSQL ({@code sign_in_bucket}, Bucket4j's row-locking JDBC
 * store), so every instance sharing the database counts the same attempts.
 */
@Service
public class SignInThrottle {

    /** Failed attempts one account may take from one address before it must wait. */
    public static final int PER_ACCOUNT = 5;
    /** Failed attempts one address may take, whatever the usernames, before it must wait. */
    public static final int PER_ADDRESS = 20;
    /** How long an empty bucket takes to fill again; it refills steadily meanwhile. */
    public static final Duration REFILL = Duration.ofMinutes(15);

    private static final BucketConfiguration ACCOUNT_AT_ADDRESS = BucketConfiguration.builder()
            .addLimit(Bandwidth.builder().capacity(PER_ACCOUNT).refillGreedy(PER_ACCOUNT, REFILL).build())
            .build();
    private static final BucketConfiguration ADDRESS = BucketConfiguration.builder()
            .addLimit(Bandwidth.builder().capacity(PER_ADDRESS).refillGreedy(PER_ADDRESS, REFILL).build())
            .build();

    private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;
    private final JdbcTemplate jdbc;
    private final Clock time;

    @Autowired
    public SignInThrottle(DataSource dataSource, ObjectProvider<Clock> clock) {
        this(dataSource, clock.getIfAvailable(Clock::systemUTC));
    }

    SignInThrottle(DataSource dataSource, Clock time) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.time = time;
        this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("sign_in_bucket")
                .idColumn("id")
                .stateColumn("state")
                .expiresAtColumn("expires_at")
                .clientClock(new ClockTime(time))
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ZERO))
                .build();
    }

    /** Whether a sign-in from {@code address} as {@code username} may be checked at all. */
    public boolean allows(String address, String username) {
        return buckets.getProxy(addressKey(address), () -> ADDRESS).getAvailableTokens() > 0
                && buckets.getProxy(accountKey(address, username), () -> ACCOUNT_AT_ADDRESS).getAvailableTokens() > 0;
    }

    /** A failed sign-in: one token less in both buckets. */
    public void failed(String address, String username) {
        // buckets that have filled up again are of no use: drop a few each time (by the same
        // clock as the buckets; Bucket4j's own removeExpired reads the system clock)
        jdbc.update("""
                delete from sign_in_bucket where id in (
                    select id from sign_in_bucket where expires_at < ? limit 50 for update skip locked)""",
                time.millis());
        buckets.getProxy(addressKey(address), () -> ADDRESS).tryConsume(1);
        buckets.getProxy(accountKey(address, username), () -> ACCOUNT_AT_ADDRESS).tryConsume(1);
    }

    /** A successful sign-in: the account's owner starts afresh at this address. */
    public void succeeded(String address, String username) {
        buckets.removeProxy(accountKey(address, username));
    }

    private static String addressKey(String address) {
        return "address:" + truncate(address);
    }

    private static String accountKey(String address, String username) {
        // usernames are lower case; what is typed is normalised so "Admin" and "admin" share a bucket
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return "account:" + truncate(name) + "@" + truncate(address);
    }

    private static String truncate(String s) {
        return s == null ? "" : s.length() > 90 ? s.substring(0, 90) : s;
    }

    /** Bucket4j reads the injected clock, so tests can move time on. */
    private record ClockTime(Clock clock) implements TimeMeter {
        @Override
        public long currentTimeNanos() {
            return clock.millis() * 1_000_000L;
        }

        @Override
        public boolean isWallClockBased() {
            return true;
        }
    }
}
