package nianbao.source;

import java.util.List;

/** What a reader makes of a document: its format and its lines in reading order. */
public record SourceDocument(Format format, List<Line> lines) {

    public SourceDocument {
        lines = List.copyOf(lines);
    }
}
