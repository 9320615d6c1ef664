package nianbao.audit;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A report's own words: the sentences of its sections 一 (总体情况), 五 (存在的主要问题及改进情况) and 六
 * (其他需要报告的事项), from the text nianbao kept of it — where a report says what it did, and where
 * the 2021 template's notice finds 内容雷同. Table rows (cells apart), headings, and the signature and
 * date are left out; sentences are the unit, so that a paragraph wrapped differently in another
 * rendering (a PDF's lines, a web page's paragraphs) is the same prose.
 *
 * @param sentences the sentences as printed, in order
 */
record Prose(List<String> sentences) {

    private static final Pattern HEADING = Pattern.compile("^\\s*([一二三四五六七八九十]+)\\s*[、.．]");
    private static final Set<String> OWN_SECTIONS = Set.of("一", "五", "六");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[。！？；!?;])");
    /** Sentences shorter than this (characters, after normalising) say too little to count as copied. */
    static final int MIN_SENTENCE = 8;

    Prose {
        sentences = List.copyOf(sentences);
    }

    static Prose of(String text) {
        var own = new StringBuilder();
        String section = "";
        for (var line : text.split("[\n\f]")) {
            var heading = HEADING.matcher(line);
            if (heading.find()) {
                section = heading.group(1);
                continue;
            }
            if (!OWN_SECTIONS.contains(section) || line.contains("\t")) {
                continue;
            }
            own.append(line.strip());
        }
        var sentences = new ArrayList<String>();
        for (var s : SENTENCE_END.split(own)) {
            // A sentence only of the signature and date after the last paragraph ends nothing: dropped.
            if (normalised(s).length() >= MIN_SENTENCE && (s.endsWith("。") || s.endsWith("；") || s.endsWith("！")
                    || s.endsWith("？") || s.endsWith(";") || s.endsWith("!") || s.endsWith("?"))) {
                sentences.add(s.strip());
            }
        }
        return new Prose(sentences);
    }

    /** A sentence as compared: without spaces and punctuation, every digit a 0 (a year or a figure updated). */
    static String normalised(String sentence) {
        return sentence.replaceAll("[\\s\\p{P}\\p{S}]", "").replaceAll("[0-9０-９]", "0");
    }

    /** All the prose, normalised, for shingling. */
    String normalisedText() {
        var out = new StringBuilder();
        for (var s : sentences) {
            out.append(normalised(s));
        }
        return out.toString();
    }

    /** The characters of all sentences, normalised. */
    int length() {
        return normalisedText().length();
    }

    /**
     * The share of this prose (by characters) in sentences that {@code earlier} also has, and those
     * sentences; 0 when this has no prose.
     */
    Repeat repeatedFrom(Prose earlier) {
        var theirs = new LinkedHashSet<String>();
        for (var s : earlier.sentences) {
            theirs.add(normalised(s));
        }
        int all = 0;
        int repeated = 0;
        var which = new ArrayList<String>();
        for (var s : sentences) {
            var n = normalised(s);
            all += n.length();
            if (theirs.contains(n)) {
                repeated += n.length();
                which.add(s);
            }
        }
        return new Repeat(all == 0 ? 0 : (double) repeated / all, which);
    }

    /** What of a report's prose repeats another's: its share by characters and the sentences. */
    record Repeat(double share, List<String> sentences) {

        Repeat {
            sentences = List.copyOf(sentences);
        }
    }
}
