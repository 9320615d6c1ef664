package nianbao.output;

/**
 * The run's own output cannot be written or read: its folder is a file or unwritable, the disk is
 * full, its database is corrupt or in use by another run. The message says what happened and what
 * to do, in one line; the command ends with its own exit code, never with a stack trace.
 */
public final class OutputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public OutputException(String message, Throwable cause) {
        super(message, cause);
    }

    public OutputException(String message) {
        super(message);
    }

    /** What an SQLite or I/O failure of the output folder means, in words a user can act on. */
    static OutputException of(java.nio.file.Path dir, String doing, Exception e) {
        String text = String.valueOf(e.getMessage());
        String cause;
        if (text.contains("SQLITE_FULL") || text.contains("No space left") || text.contains("disk is full")) {
            cause = "the disk is full; free space and run again with --resume";
        } else if (text.contains("SQLITE_CORRUPT") || text.contains("SQLITE_NOTADB") || text.contains("not a database")
                || text.contains("malformed")) {
            cause = "its database " + ResultStore.FILE + " is damaged; delete it (or use another --out) and run again";
        } else if (text.contains("SQLITE_READONLY") || text.contains("SQLITE_CANTOPEN") || text.contains("Permission denied")
                || e instanceof java.nio.file.AccessDeniedException || e instanceof java.nio.file.FileSystemException
                && text.contains("Read-only")) {
            cause = "it cannot be written (permissions, or a read-only disk); choose another --out";
        } else if (text.contains("SQLITE_BUSY") || text.contains("database is locked")) {
            cause = "another run is using it; wait for it to end, or choose another --out";
        } else if (e instanceof java.nio.file.FileAlreadyExistsException || e instanceof java.nio.file.NotDirectoryException) {
            cause = "it is a file, not a folder; choose another --out";
        } else {
            cause = e.getClass().getSimpleName() + ": " + text;
        }
        return new OutputException("cannot " + doing + " " + dir + ": " + cause, e);
    }
}
