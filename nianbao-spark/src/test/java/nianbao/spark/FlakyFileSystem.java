package nianbao.spark;

import java.io.IOException;
import java.net.URI;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;

/**
 * The local file system under the scheme {@code flaky:}, on which the first read of a file named
 * {@code *fail-once*} fails its task as a lost executor would (an error, not a bad document): Spark
 * retries the task, which reads it the second time.
 */
public final class FlakyFileSystem extends RawLocalFileSystem {

    /** The files whose first read failed, in this JVM. */
    static final Set<String> FAILED = ConcurrentHashMap.newKeySet();

    /** What a lost executor is to the task: not the document's fault. */
    static final class LostExecutor extends Error {
        private static final long serialVersionUID = 1L;

        LostExecutor(String message) {
            super(message);
        }
    }

    @Override
    public URI getUri() {
        return URI.create("flaky:///");
    }

    @Override
    public String getScheme() {
        return "flaky";
    }

    @Override
    public FSDataInputStream open(Path f, int bufferSize) throws IOException {
        if (f.getName().contains("fail-once") && FAILED.add(f.toString())) {
            throw new LostExecutor("the executor reading " + f + " was lost");
        }
        return super.open(f, bufferSize);
    }
}
