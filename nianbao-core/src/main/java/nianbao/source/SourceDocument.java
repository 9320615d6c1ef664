package nianbao.source;

import java.util.List;

/**
 * What a reader makes of a document: its format, its lines in reading order, and what a page shows
 * instead of text (images of the report, links to an attached report).
 *
 * @param images      images in the report's body
 * @param attachments links to attached files or framed pages in the report's body
 */
public record SourceDocument(Format format, List<Line> lines, List<String> images, List<String> attachments) {

    public SourceDocument {
        lines = List.copyOf(lines);
        images = List.copyOf(images);
        attachments = List.copyOf(attachments);
    }

    public SourceDocument(Format format, List<Line> lines) {
        this(format, lines, List.of(), List.of());
    }
}
