package nianbao.scan;

import java.util.ArrayList;
import java.util.List;
import nianbao.render.Facts;
import nianbao.render.Layout;

/** A web page whose report is pictures of its pages, as townships publish scans of the signed report. */
public final class PicturePage {

    private PicturePage() {
    }

    /** A random report printed and scanned at 200 dpi: one PNG per page. */
    public static List<byte[]> pictures(Facts facts) throws Exception {
        var scanner = new Scanner(200, 0.3, 4, 0, 0, false, false);
        var pages = scanner.damage(new Printer(200, true, 11).print(facts, Layout.Options.PLAIN), 7);
        var pictures = new ArrayList<byte[]>();
        for (var page : pages) {
            pictures.add(scanner.toImageFile(List.of(page), "png"));
        }
        return pictures;
    }

    /** A page showing the pictures {@code srcs} under its title. */
    public static String html(String title, List<String> srcs) {
        var html = new StringBuilder("<html><head><meta charset=\"utf-8\"><title>" + title + "</title></head><body>"
                + "<div class=\"article\"><h1>" + title + "</h1><div class=\"content\">");
        for (var src : srcs) {
            html.append("<p><img src=\"").append(src).append("\"></p>\n");
        }
        return html.append("</div></div></body></html>").toString();
    }
}
