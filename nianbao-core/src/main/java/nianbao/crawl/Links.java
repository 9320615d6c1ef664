package nianbao.crawl;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import nianbao.source.markup.HtmlCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a 年报 column's list page links to: the reports (titles like
 * {@code …政府信息公开工作年度报告}, with their year) and the list's further pages (common CMS
 * pagination: a 下一页 link, {@code index_1.html}, {@code ?page=2}, and the page count TRS CMS
 * writes in a script). Notices about the reports (关于做好…年度报告编制工作的通知), interpretations
 * and news are not reports, and are neither fetched nor listed.
 */
final class Links {

    /** A report link: its URL and its title as the list prints it. */
    record ReportLink(URI url, String title) {
    }

    private static final Pattern REPORT = Pattern.compile("(政府信息公开|政务公开|信息公开).*(年度报告|年报)|年度报告.*信息公开");
    private static final Pattern NOT_A_REPORT = Pattern.compile("通知|解读|图解|征求|意见|公告|答复|目录|指南|培训|会议|部署");
    private static final Pattern NEXT = Pattern.compile("下一页|下页|后一页|next|›|>|»", Pattern.CASE_INSENSITIVE);
    private static final Pattern PAGINATED = Pattern.compile(".*(?:/index_\\d+\\.s?html?|[?&](?:page|pageNo|pageIndex|p)=\\d+"
            + "|_\\d+\\.s?html?)$", Pattern.CASE_INSENSITIVE);
    /** TRS CMS: createPageHTML(pages, current, "index", "html"). */
    private static final Pattern TRS_PAGES = Pattern.compile(
            "createPageHTML\\(\\s*(\\d+)\\s*,\\s*(\\d+)\\s*,\\s*[\"']([^\"']+)[\"']\\s*,\\s*[\"']([^\"']+)[\"']");
    /** How many list pages a site may have: more is a crawler trap. */
    private static final int MAX_TRS_PAGES = 200;

    private Links() {
    }

    static Document parse(byte[] bytes, String httpCharset, URI url) {
        return Jsoup.parse(HtmlCharsets.decode(bytes, httpCharset), url.toString());
    }

    /** The report links of a list page, in page order, each once. */
    static List<ReportLink> reports(Document page) {
        Map<URI, ReportLink> out = new LinkedHashMap<>();
        for (Element a : page.select("a[href]")) {
            String title = title(a);
            if (isReport(title)) {
                var url = absolute(a);
                if (url != null) {
                    out.putIfAbsent(url, new ReportLink(url, title));
                }
            }
        }
        return new ArrayList<>(out.values());
    }

    /** Whether a link title names an annual report (and not a notice or an interpretation of one). */
    static boolean isReport(String title) {
        String t = title.replaceAll("\\s", "");
        return REPORT.matcher(t).find() && !NOT_A_REPORT.matcher(t).find() && t.length() <= 80;
    }

    /** The further list pages a page links to, on the list's own host. */
    static Set<URI> pages(Document page, URI list) {
        var out = new LinkedHashSet<URI>();
        for (Element a : page.select("a[href]")) {
            var url = absolute(a);
            if (url == null || !Hosts.of(url).equals(Hosts.of(list))) {
                continue;
            }
            String text = a.text().strip();
            if (NEXT.matcher(text).matches() || (text.matches("\\d{1,3}") && PAGINATED.matcher(url.getPath()
                    + (url.getQuery() == null ? "" : "?" + url.getQuery())).matches())) {
                out.add(url);
            }
        }
        var trs = TRS_PAGES.matcher(page.html());
        if (trs.find()) {
            int count = Math.min(Integer.parseInt(trs.group(1)), MAX_TRS_PAGES);
            for (int i = 1; i < count; i++) {
                out.add(list.resolve(trs.group(3) + "_" + i + "." + trs.group(4)));
            }
        }
        return out;
    }

    private static String title(Element a) {
        String text = a.text().strip();
        String title = a.attr("title").strip();
        return title.length() > text.length() ? title : text;
    }

    private static URI absolute(Element a) {
        String href = a.absUrl("href");
        if (href.isEmpty() || !(href.startsWith("http://") || href.startsWith("https://"))) {
            return null;
        }
        try {
            var uri = URI.create(href.replace(" ", "%20"));
            return new URI(uri.getScheme(), uri.getAuthority(), uri.getPath(), uri.getQuery(), null);
        } catch (IllegalArgumentException | java.net.URISyntaxException e) {
            return null;
        }
    }
}
