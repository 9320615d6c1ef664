package nianbao.pipeline;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.PrintStream;
import java.time.Duration;
import nianbao.report.Outcome;

/**
 * A worker process: reads documents from its standard input and writes their outcomes to its
 * standard output, one at a time, until its input ends. {@link WorkerPool} runs documents in such
 * processes so that one that will not stop, or exhausts memory, is ended with its process, and the
 * rest of the batch is unaffected.
 *
 * <p>Requests: the document's length and bytes, then its source, the HTTP charset, base URI and
 * jurisdiction (each a length and UTF-8 bytes; an empty charset is none), then the time limit in
 * milliseconds. Answers: each {@link Outcome} serialized. Anything a library prints goes to standard
 * error, never into the answers.
 */
public final class Worker {

    private Worker() {
    }

    /** {@code java -cp … nianbao.pipeline.Worker MAX_PAGES MAX_BYTES} */
    public static void main(String[] args) throws IOException {
        serve(args, Reader.PIPELINE);
    }

    /** A document to read, as a request gives it. */
    public record Request(byte[] bytes, String source, Pipeline.Hints hints, Duration timeout) {
    }

    /** How a worker reads a request: with the pipeline, or (in tests of the pool) otherwise. */
    public interface Reader {

        Reader PIPELINE = (pipeline, r) -> pipeline.process(r.bytes(), r.source(), r.hints(), r.timeout());

        Outcome read(Pipeline pipeline, Request request);
    }

    /** Answers requests until standard input ends. */
    public static void serve(String[] args, Reader reader) throws IOException {
        var answers = new ObjectOutputStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out)));
        System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.err), true));
        var pipeline = new Pipeline(new Pipeline.Settings(Integer.parseInt(args[0]), Long.parseLong(args[1]),
                Boolean.parseBoolean(args[2])));
        var requests = new DataInputStream(new BufferedInputStream(new FileInputStream(FileDescriptor.in)));
        while (true) {
            byte[] bytes;
            try {
                bytes = new byte[requests.readInt()];
            } catch (EOFException end) {
                return;
            }
            requests.readFully(bytes);
            String source = string(requests);
            String charset = string(requests);
            String baseUri = string(requests);
            String jurisdiction = string(requests);
            String folder = string(requests);
            var pictures = new java.util.HashMap<String, byte[]>();
            for (int i = requests.readInt(); i > 0; i--) {
                String url = string(requests);
                byte[] picture = new byte[requests.readInt()];
                requests.readFully(picture);
                pictures.put(url, picture);
            }
            var hints = new Pipeline.Hints(charset.isEmpty() ? null : charset, baseUri, jurisdiction, folder, pictures);
            var request = new Request(bytes, source, hints, Duration.ofMillis(requests.readLong()));
            Outcome outcome;
            try {
                outcome = reader.read(pipeline, request);
            } catch (StackOverflowError | RuntimeException e) {
                outcome = pipeline.failed(source, "internal error while reading this document (a bug; please report it): "
                        + e.getClass().getSimpleName());
            }
            answers.writeObject(outcome);
            answers.reset();
            answers.flush();
        }
    }

    static String string(DataInputStream in) throws IOException {
        byte[] bytes = new byte[in.readInt()];
        in.readFully(bytes);
        return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
    }
}
