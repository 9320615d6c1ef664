package nianbao.source;

/**
 * Where a piece of text sits in its document, so that every figure can be traced back.
 * Numbers are 1-based; 0 means unknown.
 *
 * @param page   the page (text: form feeds counted; PDF: the page; HTML and Word: 0)
 * @param line   the line of a text file, or the row of a table
 * @param column the character column in a text line, or the column of a table
 * @param box    the cell's box on a PDF page, null elsewhere
 */
public record Location(int page, int line, int column, Box box) implements java.io.Serializable {

    public static Location text(int page, int line, int column) {
        return new Location(page, line, column, null);
    }

    /** A short human form, e.g. {@code page 3 line 96 column 45}. */
    public String describe() {
        var s = new StringBuilder();
        if (page > 0) {
            s.append("page ").append(page).append(' ');
        }
        s.append("line ").append(line);
        if (column > 0) {
            s.append(" column ").append(column);
        }
        return s.toString();
    }
}
