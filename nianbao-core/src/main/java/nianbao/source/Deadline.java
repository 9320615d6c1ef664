package nianbao.source;

/**
 * The time a document may take, checked by the readers' loops (a PDF's content stream operator by
 * operator, a table line by line) so that a pathological file stops itself. Per thread.
 */
public final class Deadline {

    /** Thrown where a document ran past its time. */
    public static final class Exceeded extends RuntimeException {

        private static final long serialVersionUID = 1L;

        Exceeded() {
            super("time limit exceeded", null, false, false);
        }
    }

    private static final ThreadLocal<long[]> DEADLINE = ThreadLocal.withInitial(() -> new long[] {Long.MAX_VALUE});

    private Deadline() {
    }

    /** Starts the clock for this thread's document: it may run {@code nanos} from now. */
    public static void start(long nanos) {
        DEADLINE.get()[0] = nanos <= 0 ? Long.MAX_VALUE : System.nanoTime() + nanos;
    }

    public static void clear() {
        DEADLINE.get()[0] = Long.MAX_VALUE;
    }

    /** Throws {@link Exceeded} when this thread's document has run out of time (or was interrupted). */
    public static void check() {
        long deadline = DEADLINE.get()[0];
        if (deadline != Long.MAX_VALUE && (System.nanoTime() > deadline || Thread.currentThread().isInterrupted())) {
            throw new Exceeded();
        }
    }
}
