package nianbao.crawl;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;

/**
 * Reads {@code sites.csv}: a header {@code agency,region,url} (and optionally {@code allow}: other hosts,
 * separated by spaces, its reports may be fetched from), then one 年报 column per row.
 */
public final class SiteList {

    /** A site list that cannot be used, with the reason. */
    public static final class Unreadable extends Exception {

        private static final long serialVersionUID = 1L;

        Unreadable(String reason) {
            super(reason);
        }
    }

    private SiteList() {
    }

    public static List<Site> read(Path file) throws Unreadable {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            in.mark(1);
            if (in.read() != '\uFEFF') {
                in.reset();
            }
            var records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get()
                    .parse(in);
            var header = records.getHeaderNames();
            for (var column : List.of("agency", "region", "url")) {
                if (!header.contains(column)) {
                    throw new Unreadable(file + ": no column '" + column + "' (the header must be agency,region,url)");
                }
            }
            var sites = new ArrayList<Site>();
            for (var r : records) {
                String url = r.get("url");
                try {
                    var uri = new URI(url);
                    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
                    if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
                        throw new URISyntaxException(url, "not an http(s) URL");
                    }
                    var allow = r.isMapped("allow") ? List.of(r.get("allow").strip().split("\\s+")) : List.<String>of();
                    sites.add(new Site(r.get("agency"), r.get("region"), uri,
                            allow.stream().filter(h -> !h.isEmpty()).toList()));
                } catch (URISyntaxException e) {
                    throw new Unreadable(file + " line " + (r.getRecordNumber() + 1) + ": bad URL '" + url + "': "
                            + e.getReason());
                }
            }
            if (sites.isEmpty()) {
                throw new Unreadable(file + ": no sites");
            }
            return sites;
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw new Unreadable("cannot read " + file + ": " + e.getMessage());
        }
    }
}
