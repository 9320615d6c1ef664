package nianbao.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class UnreadableDocumentExceptionTest {

    @Test
    void aLibrarysObjectIdentitiesAreLeftOutOfTheReason() {
        // Tika's words for an XLSX it gives up on name its parser object, different every run.
        var e = UnreadableDocumentException.of("not a readable Office document", new RuntimeException(
                "TIKA-198: Illegal IOException from org.apache.tika.parser.microsoft.ooxml.OOXMLParser@25578745"));
        assertEquals("not a readable Office document: TIKA-198: Illegal IOException from "
                + "org.apache.tika.parser.microsoft.ooxml.OOXMLParser", e.getMessage());
    }

    @Test
    void theDeepestCauseSaysMostAndADoctypeIsNamed() {
        var e = UnreadableDocumentException.of("not a readable DOCX", new IllegalStateException("wrapper",
                new java.io.IOException("error: DOCTYPE is disallowed when the feature is set")));
        assertEquals("not a readable DOCX: its XML declares a DOCTYPE, which is refused (external entities are never "
                + "read)", e.getMessage());
        var truncated = UnreadableDocumentException.of("not a readable PDF", new java.io.IOException("outer",
                new java.io.EOFException("Unexpected end of ZLIB input stream")));
        assertEquals("not a readable PDF: Unexpected end of ZLIB input stream", truncated.getMessage());
    }
}
