package org.sidebyside.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** A writable copy of the packaged seed files, for tests that break them on purpose. */
final class SeedDirectory {

    private final Path root;

    private SeedDirectory(Path root) {
        this.root = root;
    }

    static SeedDirectory copyOfPackagedSeeds(Path target) {
        try {
            Resource[] all = new PathMatchingResourcePatternResolver().getResources("classpath:seeds/**/*");
            for (Resource r : all) {
                if (!r.isReadable()) {
                    continue;
                }
                String url = r.getURL().toString();
                String relative = url.substring(url.lastIndexOf("seeds/") + "seeds/".length());
                if (relative.isEmpty() || relative.endsWith("/")) {
                    continue;
                }
                Path file = target.resolve(relative);
                Files.createDirectories(file.getParent());
                try (InputStream in = r.getInputStream()) {
                    Files.write(file, in.readAllBytes());
                }
            }
            return new SeedDirectory(target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String location() {
        return root.toUri().toString();
    }

    Path path(String relative) {
        return root.resolve(relative);
    }

    String read(String relative) {
        try {
            return Files.readString(root.resolve(relative), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void write(String relative, String text) {
        try {
            Files.createDirectories(root.resolve(relative).getParent());
            Files.writeString(root.resolve(relative), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void writeBytes(String relative, byte[] bytes) {
        try {
            Files.write(root.resolve(relative), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces the first occurrence of {@code from} in a file; fails if it is not there. */
    void replace(String relative, String from, String to) {
        String text = read(relative);
        if (!text.contains(from)) {
            throw new IllegalArgumentException(relative + " does not contain " + from);
        }
        write(relative, text.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)));
    }
}
