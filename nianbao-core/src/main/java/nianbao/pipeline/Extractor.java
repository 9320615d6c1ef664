package nianbao.pipeline;

import java.nio.file.Path;
import java.time.Duration;
import nianbao.report.Outcome;

/**
 * Where a batch reads its documents: in this process ({@link #inProcess}), or in worker processes
 * ({@link WorkerPool}) that are ended, with the document, when it will not stop.
 */
public interface Extractor extends AutoCloseable {

    /** Reads a file: always an outcome, failed with the reason when it cannot be read. */
    Outcome process(Path file, String source);

    /** Reads a document's bytes, with what a crawl knows of them. */
    Outcome process(byte[] bytes, String source, Pipeline.Hints hints);

    @Override
    void close();

    /**
     * Documents read by threads of this process, within the time limit their readers check. One
     * stuck where no check reaches cannot be ended: the batch's watchdog abandons it.
     */
    static Extractor inProcess(Pipeline pipeline, Duration timeout) {
        return new Extractor() {
            @Override
            public Outcome process(Path file, String source) {
                return pipeline.process(file, source, timeout);
            }

            @Override
            public Outcome process(byte[] bytes, String source, Pipeline.Hints hints) {
                return pipeline.process(bytes, source, hints, timeout);
            }

            @Override
            public void close() {
            }
        };
    }
}
