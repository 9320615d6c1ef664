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

    private static final java.util.regex.Pattern IDENTITY_HASH = java.util.regex.Pattern.compile("@[0-9a-f]{5,8}\\b");

    /**
     * A document a library could not read: {@code what} (not a readable DOCX), then the deepest cause's
     * message, which says most. XML declaring a DOCTYPE is named as such (external entities are never
     * read), and object identities a library prints ({@code OOXMLParser@25578745}) are left out, so that
     * the same file gives the same reason every run.
     */
    public static UnreadableDocumentException of(String what, Throwable e) {
        Throwable root = e;
        for (int depth = 0; depth < MAX_CAUSES; depth++) {
            if (String.valueOf(root.getMessage()).contains("DOCTYPE")) {
                return new UnreadableDocumentException(what + ": its XML declares a DOCTYPE, which is refused "
                        + "(external entities are never read)", e);
            }
            if (root.getCause() == null || root.getCause() == root) {
                break;
            }
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return new UnreadableDocumentException(what + ": " + IDENTITY_HASH.matcher(message).replaceAll(""), e);
    }

    /** How deep a chain of causes is followed: libraries wrap a few times, never more. */
    private static final int MAX_CAUSES = 16;
}
