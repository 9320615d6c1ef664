package nianbao.source.markup;

import nianbao.source.UnreadableDocumentException;

/** Reads a format into markup blocks. */
public interface MarkupReader {

    Markup read(byte[] bytes) throws UnreadableDocumentException;
}
