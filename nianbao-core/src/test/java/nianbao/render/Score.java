package nianbao.render;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import nianbao.report.Figure;
import nianbao.report.Outcome;
import nianbao.schema.Schema;

/**
 * How well a reader did on documents whose facts are known: of the figures the facts hold, how many
 * came out right and how many empty; how many came out <em>wrong</em> (a value where the facts have
 * another, or none); and how many documents came out exact. A wrong figure is the one defect that
 * must never happen; an empty one is flagged and honest.
 */
public final class Score {

    private int documents;
    private int exact;
    private int expected;
    private int right;
    private int empty;
    private final List<String> wrong = new ArrayList<>();
    private final List<String> wrongMetadata = new ArrayList<>();

    /** Adds one document: its facts and what the reader made of it, named for messages. */
    public void add(String name, Facts facts, Outcome outcome) {
        add(name, facts, outcome, java.util.Set.of());
    }

    /**
     * Adds one document.
     *
     * @param printed the fields its template prints beyond those the facts hold a figure for (a cell
     *                printed blank, a fused cell nobody could split): read empty, they are not right
     */
    public void add(String name, Facts facts, Outcome outcome, java.util.Collection<String> printed) {
        documents++;
        var read = new HashMap<String, BigDecimal>();
        for (Figure f : outcome.report().figures()) {
            if (f.value() != null) {
                read.put(f.field().id(), f.value());
            }
        }
        int before = wrong.size();
        int missing = 0;
        for (var field : Schema.figureFields()) {
            String id = field.id();
            BigDecimal truth = facts.printed().containsKey(id) ? facts.expected(id) : null;
            BigDecimal got = read.get(id);
            boolean counted = truth != null || printed.contains(id);
            if (counted) {
                expected++;
            }
            if (got == null) {
                if (counted) {
                    empty++;
                    missing++;
                }
            } else if (truth != null && truth.compareTo(got) == 0) {
                right++;
            } else {
                wrong.add(name + ": " + id + " read " + got.toPlainString() + ", is "
                        + (truth == null ? "(none)" : truth.toPlainString()));
            }
        }
        var m = outcome.report().metadata();
        // A copy in traditional characters names its agency in them, as printed (鹽邊縣).
        boolean metadataRight = com.hankcs.hanlp.HanLP.convertToSimplifiedChinese(facts.agency())
                .equals(com.hankcs.hanlp.HanLP.convertToSimplifiedChinese(m.agency())) && java.util.Objects.equals(facts.year(), m.year())
                && java.util.Objects.equals(facts.published(), m.published())
                && facts.template().equals(m.template() == null ? "" : m.template().code());
        if (!metadataRight) {
            wrongMetadata.add(name + ": read " + m.agency() + " " + m.year() + " " + m.published() + " "
                    + m.template() + ", is " + facts.agency() + " " + facts.year() + " " + facts.published() + " "
                    + facts.template());
        }
        if (missing == 0 && wrong.size() == before && metadataRight) {
            exact++;
        }
    }

    public int documents() {
        return documents;
    }

    public List<String> wrong() {
        return wrong;
    }

    public List<String> wrongMetadata() {
        return wrongMetadata;
    }

    /** The share of the facts' figures read right. */
    public double fieldsRight() {
        return expected == 0 ? 1 : (double) right / expected;
    }

    public double documentsExact() {
        return documents == 0 ? 1 : (double) exact / documents;
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT,
                "%d documents, %d exact (%.1f %%); %d figures: %d right (%.2f %%), %d empty, %d wrong; %d metadata wrong",
                documents, exact, 100 * documentsExact(), expected, right, 100 * fieldsRight(), empty, wrong.size(),
                wrongMetadata.size());
    }
}
