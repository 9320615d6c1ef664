package nianbao.output;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One run at a time in an output folder: a second {@code extract} into the same {@code --out}, or a
 * second {@code crawl} into the same {@code --data}, is refused instead of deleting or mixing the
 * other's results. The lock is the operating system's on {@code DIR/.lock}: a killed run holds it no
 * more.
 */
public final class OutputLock implements AutoCloseable {

    public static final String FILE = ".lock";

    private final FileChannel channel;
    private final FileLock lock;

    private OutputLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the folder's lock, creating the folder. */
    public static OutputLock acquire(Path dir) {
        try {
            if (Files.exists(dir) && !Files.isDirectory(dir)) {
                throw new OutputException("cannot use " + dir + ": it is a file, not a folder; choose another folder");
            }
            Files.createDirectories(dir);
            var channel = FileChannel.open(dir.resolve(FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                throw new OutputException("cannot use " + dir + ": another run is writing into it; wait for it to end, "
                        + "or choose another folder");
            }
            return new OutputLock(channel, lock);
        } catch (IOException e) {
            throw OutputException.of(dir, "use", e);
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException ignored) {
            // The lock goes with the process in any case.
        }
    }
}
