package nianbao.source.markup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlReaderTest {

    private static final Charset GBK = Charset.forName("GBK");

    private static List<String> paragraphs(Markup m) {
        return m.blocks().stream().filter(b -> b instanceof Markup.Paragraph)
                .map(b -> ((Markup.Paragraph) b).text()).toList();
    }

    private static Markup.Table firstTable(Markup m) {
        return (Markup.Table) m.blocks().stream().filter(b -> b instanceof Markup.Table).findFirst().orElseThrow();
    }

    @Test
    void gb2312DeclaredPagesAreReadAsGb18030AndKeepCharactersGb2312Lacks() {
        byte[] page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"></head><body><p>联系人：王镕、李堃</p></body></html>"
                .getBytes(GBK);
        assertEquals(List.of("联系人：王镕、李堃"), paragraphs(new HtmlReader().read(page)));
    }

    @Test
    void undeclaredGbkIsDetectedAndADeclarationTheBytesContradictIsIgnored() {
        byte[] gbk = "<html><body><p>行政许可</p></body></html>".getBytes(GBK);
        assertEquals(List.of("行政许可"), paragraphs(new HtmlReader().read(gbk)));
        byte[] utf8DeclaredGbk = "<html><head><meta charset=\"gbk\"></head><body><p>行政许可</p></body></html>"
                .getBytes(StandardCharsets.UTF_8);
        assertEquals(List.of("行政许可"), paragraphs(new HtmlReader("utf-8", "").read(utf8DeclaredGbk)));
        assertEquals(List.of("行政许可"), paragraphs(new HtmlReader().read(utf8DeclaredGbk)),
                "a declaration the bytes contradict is ignored");
    }

    @Test
    void theReportIsFoundInsideTheSitesChromeAndItsTitleInTheArticleHeader() {
        String body = "<p>" + "正文。".repeat(200) + "</p>";
        byte[] page = ("<html><head><title>示例县2024年政府信息公开工作年度报告_示例县人民政府</title></head><body>"
                + "<ul class=nav><li><a href=/>首页</a></li><li><a href=/zwgk>政务公开</a></li></ul>"
                + "<div class=crumb>当前位置：<a href=/>首页</a> &gt; <a href=/nb>政府信息公开年度报告</a></div>"
                + "<div class=article><h1>示例县2024年政府信息公开工作年度报告</h1><div class=info>发布时间：2025-01-20</div>"
                + "<div class=content>" + body + "<p>示例县人民政府办公室</p><p>2025年1月20日</p></div></div>"
                + "<div class=footer>版权所有 示例县人民政府 备案号 12345</div></body></html>").getBytes(StandardCharsets.UTF_8);
        var texts = paragraphs(new HtmlReader().read(page));
        assertEquals("示例县2024年政府信息公开工作年度报告", texts.get(0));
        assertEquals("2025年1月20日", texts.get(texts.size() - 1));
        assertFalse(String.join("", texts).contains("版权所有"));
        assertFalse(String.join("", texts).contains("当前位置"));
    }

    @Test
    void cellsKeepTheirSpansAndTextFromWordFragmentsNbspAndBreaks() {
        byte[] page = ("<html><body><table>"
                + "<tr><td rowspan=2>三<br>、<br>本年度办理结果</td><td colspan=2><p class=MsoNormal><span>（一）</span>"
                + "<span>予以公开</span><o:p></o:p></p></td><td>&nbsp;1288&nbsp;</td></tr>"
                + "<tr><td>\u3000</td><td>2</td><td></td></tr></table></body></html>").getBytes(StandardCharsets.UTF_8);
        var table = firstTable(new HtmlReader().read(page));
        var first = table.rows().get(0).cells();
        assertEquals("三、本年度办理结果", first.get(0).text());
        assertEquals(2, first.get(0).rowspan());
        assertEquals("（一）予以公开", first.get(1).text());
        assertEquals(2, first.get(1).colspan());
        assertEquals("1288", first.get(2).text());
        assertEquals(List.of("", "2", ""), table.rows().get(1).cells().stream().map(Markup.Cell::text).toList());
    }

    @Test
    void aTableHoldingTablesIsLayoutAndItsInnerTablesAreRead() {
        byte[] page = ("<html><body><table><tr><td>菜单</td><td><p>" + "正文。".repeat(50) + "</p>"
                + "<table><tr><td>规章</td><td>1</td></tr></table></td></tr></table></body></html>")
                .getBytes(StandardCharsets.UTF_8);
        var table = firstTable(new HtmlReader().read(page));
        assertEquals(List.of("规章", "1"), table.rows().get(0).cells().stream().map(Markup.Cell::text).toList());
    }

    @Test
    void imagesAndAttachmentsOfTheBodyAreListedWithAbsoluteLinksWhenCrawled() {
        byte[] page = ("<html><body><div><p>全文见附件。</p><p><a href=\"files/nb2024.pdf\">年报.pdf</a></p>"
                + "<img src=\"p1.jpg\"><a href=\"/other.html\">其他</a></div></body></html>").getBytes(StandardCharsets.UTF_8);
        var m = new HtmlReader(null, "http://www.example.gov.cn/nb/2024/index.html").read(page);
        assertEquals(List.of("http://www.example.gov.cn/nb/2024/files/nb2024.pdf"), m.attachments());
        assertEquals(List.of("http://www.example.gov.cn/nb/2024/p1.jpg"), m.images());
        assertTrue(new HtmlReader().read(page).attachments().contains("files/nb2024.pdf"));
    }
}
