package nianbao.source;

/** Reads one format into lines of positioned text. */
public interface DocumentReader {

    /**
     * Reads a document.
     *
     * @throws UnreadableDocumentException when the bytes cannot be read as this format, with the
     *                                     reason a user is shown
     */
    SourceDocument read(byte[] bytes) throws UnreadableDocumentException;
}
