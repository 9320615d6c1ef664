package nianbao.source.markup;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import nianbao.source.UnreadableDocumentException;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.ToXMLContentHandler;
import org.xml.sax.SAXException;

/**
 * Reads DOC, XLS and XLSX (and WPS files Tika takes for Word) through Tika's Office parsers into
 * XHTML, then as HTML. Tika's tables carry no spans; the label matching places the figures anyway.
 */
public final class OfficeReader implements MarkupReader {

    /**
     * Tika's parser, made when the first Office document comes (thread-safe, shared): making it loads
     * every parser Tika knows, a good part of a short run's start when there is no Office document.
     */
    private static final class Tika {
        static final AutoDetectParser PARSER = new AutoDetectParser();
    }

    @Override
    public Markup read(byte[] bytes) throws UnreadableDocumentException {
        var handler = new ToXMLContentHandler();
        try (var in = new ByteArrayInputStream(bytes)) {
            Tika.PARSER.parse(in, handler, new Metadata(), new ParseContext());
        } catch (EncryptedDocumentException e) {
            throw new UnreadableDocumentException("encrypted Office document: it cannot be opened without its password");
        } catch (IOException | SAXException | TikaException | RuntimeException e) {
            throw UnreadableDocumentException.of("not a readable Office document", e);
        }
        return HtmlReader.fromXhtml(handler.toString());
    }
}
