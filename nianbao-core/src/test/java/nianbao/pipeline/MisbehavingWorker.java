package nianbao.pipeline;

import java.util.ArrayList;
import java.util.List;
import nianbao.report.Outcome;

/**
 * A worker process as a document that no check can stop makes it: for a document whose source holds
 * {@code stall} it never answers (and ignores interrupts); for one holding {@code exhaust} it fills
 * its memory. Other documents it reads as a worker does. For tests of {@link WorkerPool}.
 */
public final class MisbehavingWorker {

    private MisbehavingWorker() {
    }

    public static void main(String[] args) throws Exception {
        Worker.serve(args, (pipeline, request) -> {
            if (request.source().contains("stall")) {
                stall();
            }
            if (request.source().contains("exhaust")) {
                exhaust();
            }
            return Worker.Reader.PIPELINE.read(pipeline, request);
        });
    }

    @SuppressWarnings("InfiniteLoopStatement")
    private static void stall() {
        long spin = 0;
        while (true) {
            spin++;
            Thread.interrupted();
            if (spin < 0) {
                break;
            }
        }
    }

    private static Outcome exhaust() {
        List<long[]> hoard = new ArrayList<>();
        while (true) {
            hoard.add(new long[1 << 20]);
        }
    }
}
