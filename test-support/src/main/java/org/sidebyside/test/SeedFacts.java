package org.sidebyside.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** What the packaged seed files hold, counted from the files themselves, for exact assertions. */
public final class SeedFacts {

    private SeedFacts() {
    }

    /** How many facts the packaged seed files define (entries starting {@code - key:}). */
    public static int count() {
        try {
            int n = 0;
            for (Resource file : new PathMatchingResourcePatternResolver().getResources("classpath*:seeds/facts/*.yml")) {
                n += (int) file.getContentAsString(StandardCharsets.UTF_8).lines()
                        .filter(line -> line.startsWith("  - key: ")).count();
            }
            if (n == 0) {
                throw new IllegalStateException("no seed facts on the classpath");
            }
            return n;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
