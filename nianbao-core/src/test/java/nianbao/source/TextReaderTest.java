package nianbao.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextReaderTest {

    private final TextReader reader = new TextReader();

    private List<Line> read(String text) throws UnreadableDocumentException {
        return reader.read(text.getBytes(StandardCharsets.UTF_8)).lines();
    }

    private static List<String> texts(Line line) {
        return line.segments().stream().map(Segment::text).toList();
    }

    @Test
    void tabCellsKeepTheirEmptyCellsAndCharacterColumns() throws Exception {
        var line = read("行政许可\t7092\t\t\n").get(0);
        assertTrue(line.explicitCells());
        assertEquals(List.of("行政许可", "7092", "", ""), texts(line));
        assertEquals(6, line.segments().get(1).at().column(), "7092 starts at character 6 of the line");
        assertEquals(1, line.segments().get(1).x0(), "cells are positioned by their index");
    }

    @Test
    void wideGapsSeparateSegmentsAndSingleSpacesDoNotExceptBetweenFigures() throws Exception {
        var line = read("结果 维持   尚未 审结    0 2 0\n").get(0);
        assertEquals(List.of("结果 维持", "尚未 审结", "0", "2", "0"), texts(line));
        var labelled = read("行政许可 550\n").get(0);
        assertEquals(List.of("行政许可", "550"), texts(labelled));
        var sentence = read("全年收取政府信息公开信息处理费 0 元。\n").get(0);
        assertEquals(List.of("全年收取政府信息公开信息处理费 0 元。"), texts(sentence));
    }

    @Test
    void pdftotextRenderingsAreMeasuredInCharacters() throws Exception {
        // pdftotext -layout aligns by character count: 16 and 7 CJK labels, figures in the same columns.
        var lines = read("""
                一、本年新收政府信息公开申请数量   21    0
                       （一）予以公开      0    0
                二、上年结转政府信息公开申请数量    0    0
                """);
        assertEquals(lines.get(0).segments().get(2).x1(), lines.get(1).segments().get(2).x1());
    }

    @Test
    void displayAlignedRenderingsAreMeasuredInDisplayColumns() throws Exception {
        // An editor's alignment: a CJK character two columns wide, figures right-aligned.
        var lines = read("""
                一、本年新收政府信息公开申请数量      21       0       4
                （一）予以公开                         0       0       4
                二、上年结转政府信息公开申请数量       0       0       4
                """);
        assertEquals(lines.get(0).segments().get(1).x1(), lines.get(1).segments().get(1).x1());
        assertEquals(lines.get(0).segments().get(3).x1(), lines.get(2).segments().get(3).x1());
    }

    @Test
    void formFeedsCountPagesAndFooterPageNumbersAreDropped() throws Exception {
        var lines = read("第一页\n\n                -1-\n\f第二页\n- 2 -\n3\n\f第三页\n");
        assertEquals(1, lines.get(0).page());
        assertTrue(lines.get(2).isBlank(), "-1- is a page number");
        assertEquals(2, lines.get(3).page());
        assertTrue(lines.get(4).isBlank(), "- 2 - is a page number");
        assertTrue(lines.get(5).isBlank(), "a bare number just before a form feed is a page number");
        assertEquals(3, lines.get(6).page());
    }

    @Test
    void aBareNumberAwayFromPageBreaksIsKeptAsAFigure() throws Exception {
        var lines = read("行政事业性收费\n\n8597.09\n\n4\n");
        assertEquals(List.of("8597.09"), texts(lines.get(2)));
        assertEquals(List.of("4"), texts(lines.get(4)));
    }

    @Test
    void markdownPipeTablesHeadingsAndEmphasisAreReadAsCells() throws Exception {
        var lines = read("# 标题\n| 规章 | **1** | 0 |\n|---|:---:|---|\n");
        assertEquals(List.of("标题"), texts(lines.get(0)));
        assertEquals(List.of("规章", "1", "0"), texts(lines.get(1)));
        assertTrue(lines.get(1).explicitCells());
        assertTrue(lines.get(2).isBlank(), "a separator row is no row");
    }

    @Test
    void gbkTextIsDecodedAsGb18030() throws Exception {
        // 堃 and 镕 are in GBK but not GB2312: Java's GB2312 decoder corrupts them.
        var bytes = "洪泽区堃镕\t1\n".getBytes(Charset.forName("GBK"));
        assertEquals(List.of("洪泽区堃镕", "1"), texts(reader.read(bytes).lines().get(0)));
    }

    @Test
    void utf8ByteOrderMarkIsNotText() throws Exception {
        var bytes = "\uFEFF规章\t1\n".getBytes(StandardCharsets.UTF_8);
        assertEquals("规章", reader.read(bytes).lines().get(0).segments().get(0).text());
    }

    @Test
    void binaryAndEmptyInputAreUnreadableWithAReason() {
        var binary = assertThrows(UnreadableDocumentException.class, () -> reader.read(new byte[] {1, 0, 2, 3}));
        assertTrue(binary.getMessage().contains("binary"), binary.getMessage());
        var empty = assertThrows(UnreadableDocumentException.class, () -> reader.read(new byte[0]));
        assertTrue(empty.getMessage().contains("empty"), empty.getMessage());
        var blank = assertThrows(UnreadableDocumentException.class, () -> reader.read(" \n\n".getBytes()));
        assertTrue(blank.getMessage().contains("no text"), blank.getMessage());
    }
}
