package nianbao.source;

/**
 * A document that cannot be read at all (empty, binary, encrypted, corrupt). Its message is the
 * reason reported for the document, written for a user: specific, and without a stack trace.
 */
public final class UnreadableDocumentException extends Exception {

    private static final long serialVersionUID = 1L;

    public UnreadableDocumentException(String reason) {
        super(reason);
    }

    public UnreadableDocumentException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
