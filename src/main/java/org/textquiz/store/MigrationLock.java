package org.textquiz.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Lets one opener at a time create or upgrade a progress file's schema, across textquiz processes (a lock
 * on a file beside it; never on the database file itself, whose POSIX locks SQLite holds and would lose when
 * another descriptor of it closes) and across threads of one process (which share a process's file locks).
 * Two terminals opened at once on a fresh data folder would otherwise both create the tables, and one
 * would fall back to memory.
 */
final class MigrationLock implements AutoCloseable {

    private static final Map<Path, ReentrantLock> IN_THIS_PROCESS = new ConcurrentHashMap<>();

    private final ReentrantLock threads;
    private final FileChannel channel;
    private final FileLock processes;

    private MigrationLock(ReentrantLock threads, FileChannel channel, FileLock processes) {
        this.threads = threads;
        this.channel = channel;
        this.processes = processes;
    }

    /** Waits until this opener may migrate the database {@code file}. */
    static MigrationLock on(Path file) throws IOException {
        Path absolute = file.toAbsolutePath().normalize();
        ReentrantLock threads = IN_THIS_PROCESS.computeIfAbsent(absolute, path -> new ReentrantLock());
        threads.lock();
        try {
            FileChannel channel = FileChannel.open(absolute.resolveSibling(absolute.getFileName() + ".lock"),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            try {
                return new MigrationLock(threads, channel, channel.lock());
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
        } catch (IOException | RuntimeException e) {
            threads.unlock();
            throw e;
        }
    }

    @Override
    public void close() throws IOException {
        try {
            processes.release();
            channel.close();
        } finally {
            threads.unlock();
        }
    }
}
