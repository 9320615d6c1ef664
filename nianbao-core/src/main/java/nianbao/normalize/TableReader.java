package nianbao.normalize;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nianbao.report.Figure;
import nianbao.report.Finding;
import nianbao.schema.CellSpec;
import nianbao.schema.Identities;
import nianbao.schema.Schema;
import nianbao.schema.TableSpec;
import nianbao.schema.Template;
import nianbao.schema.ValueType;
import nianbao.source.Deadline;
import nianbao.source.Line;
import nianbao.source.Segment;

/**
 * Reads a template's tables out of a document's lines: finds each row by its label, places its
 * figures in columns recognised from the header, and reports what is missing, blank, unreadable or
 * unknown. Every figure keeps the location it was printed at.
 */
final class TableReader {

    /** Lines that head a table's columns: a row label never continues across them. */
    private static final List<String> HEADER_MARKS = List.of("信息内容", "第二十条", "勾稽关系", "申请人情况");
    private static final List<String> REGION_END = List.of("存在的主要问题", "其他需要报告的事项");
    private static final List<String> APPEAL_HEADERS = List.of("行政复议", "行政诉讼");
    private static final Pattern BARE_PAGE_NUMBER = Pattern.compile("\\d{1,3}");
    private static final String RUNNING_HEAD = "年度报告";

    /** What was read. */
    record Result(List<Figure> figures, List<Finding> findings, List<String> expected, int rowsFound) {
    }

    private final Template template;
    private final List<TableSpec> tables;
    private final GroupLabels groups;
    private final List<RowMatcher.TableRow> rows;
    private final List<String> tableHeadings;

    TableReader(Template template) {
        this.template = template;
        this.tables = Schema.tables(template);
        this.tableHeadings = tables.stream().map(t -> MatchText.of(t.heading())).toList();
        this.groups = new GroupLabels(tables);
        this.rows = tables.stream()
                .flatMap(t -> t.rows().stream().map(r -> RowMatcher.TableRow.of(t, r)))
                .toList();
    }

    /**
     * @param lines  the document's lines
     * @param folded each line's text folded for matching
     */
    Result read(List<Line> lines, List<String> folded, BitSet fused) {
        var headings = headings(folded);
        int start = regionStart(folded, headings);
        int end = regionEnd(folded, start);
        var entries = entries(lines, folded, start, end, headings, fused);
        var prose = ProseFigures.read(lines, start, end, template);
        var runs = new ArrayList<Integer>();
        var appeals = new ArrayList<Boolean>();
        var blanks = new ArrayList<Integer>();
        collectRuns(entries, headings, runs, appeals, blanks);
        var joinedAppeals = AppealGroups.join(entries, runs, appeals, TableReader::context);

        var labelLines = entries.stream().filter(e -> !e.hasFigures() && !e.label().isEmpty()).map(Entry::label)
                .toList();
        var printedRows = rowsPrinted(entries);
        var matches = RowMatcher.match(entries, runs, blanks, printedRows, appeals);
        var tableStarts = new java.util.HashMap<String, Integer>();
        for (int p = 0; p < entries.size(); p++) {
            int head = headings[entries.get(p).index()];
            if (head >= 0) {
                tableStarts.putIfAbsent(tables.get(head).id(), p);
            }
        }
        var byOrder = RowsByOrder.fill(entries, runs, printedRows, matches, labelLines, tableStarts);
        var findings = new ArrayList<Finding>();
        for (int p : byOrder) {
            var row = matches.get(p);
            findings.add(Finding.info("row_by_order", row.row().cells().stream().map(c -> c.field().id()).toList(),
                    "table " + row.table().id() + " row 「" + row.row().label() + "」: its figures (line "
                            + entries.get(p).line().number() + ") are printed away from its label; placed by the "
                            + "template's order, between rows found by their labels"));
        }
        var placed = new ArrayList<PlacedRow>();
        Set<Integer> used = new HashSet<>(matches.keySet());
        for (var table : tables) {
            placeTable(table, entries, runs, matches, headings, used, placed, findings, joinedAppeals);
        }
        boolean otherAsOneRow = Identities.otherAsOneRow(
                placed.stream().flatMap(p -> p.fieldIds().stream()).toList());
        var choice = ReadingChooser.choose(placed, otherAsOneRow, prose);

        var figures = new ArrayList<Figure>();
        for (int r = 0; r < placed.size(); r++) {
            emit(placed.get(r), choice.chosen()[r], choice.decisions()[r], figures, findings);
        }
        fusedSummary(placed, choice, findings);
        for (int p : runs) {
            if (!used.contains(p)) {
                findings.add(unknownRow(entries.get(p)));
            }
        }
        var expected = expected(placed, otherAsOneRow, findings);
        return new Result(figures, findings, expected, placed.size());
    }

    /** How alike a printed label must be to a sub-row's of （六）其他处理 to tell that a report prints them. */
    private static final double SUB_ROW_PRINTED = 0.8;

    /**
     * The template's rows, without （六）其他处理 as one row when the report prints its sub-rows' labels
     * (1.申请人无正当理由逾期不补正…, 2.申请人逾期未按收费…): their figures, wherever printed, are never
     * the one row's, even under the group label 「（六）其他处理」 (labels-after-table renderings).
     */
    private List<RowMatcher.TableRow> rowsPrinted(List<Entry> entries) {
        var subRows = rows.stream().filter(r -> r.row().key().equals("other_overdue_fix")
                || r.row().key().equals("other_unpaid_fee")).toList();
        for (var e : entries) {
            if (e.label().isEmpty()) {
                continue;
            }
            var grams = LabelSimilarity.Grams.of(e.label());
            for (var sub : subRows) {
                for (var label : sub.labels()) {
                    if (LabelSimilarity.score(grams, label) >= SUB_ROW_PRINTED) {
                        return rows.stream().filter(r -> !r.row().key().equals("other")).toList();
                    }
                }
            }
        }
        return rows;
    }

    // ---- the region holding the tables ----------------------------------------------------

    /** For each line, the index of the table it heads, or -1. */
    private int[] headings(List<String> folded) {
        int[] heads = new int[folded.size()];
        for (int i = 0; i < folded.size(); i++) {
            heads[i] = -1;
            String f = MatchText.withoutNumbering(folded.get(i));
            for (int t = 0; t < tables.size(); t++) {
                String h = tableHeadings.get(t);
                if (f.length() <= h.length() + 6 && f.length() >= h.length() - 4
                        && LabelSimilarity.score(f, h) >= 0.8) {
                    heads[i] = t;
                }
            }
        }
        return heads;
    }

    private static int regionStart(List<String> folded, int[] headings) {
        for (int i = 0; i < folded.size(); i++) {
            if (headings[i] >= 0 || folded.get(i).startsWith("第二十条")) {
                return i;
            }
        }
        return 0;
    }

    private static int regionEnd(List<String> folded, int start) {
        for (int i = start + 1; i < folded.size(); i++) {
            String f = folded.get(i);
            if (f.length() <= 20 && REGION_END.stream().anyMatch(f::contains)) {
                return i;
            }
        }
        return folded.size();
    }

    private List<Entry> entries(List<Line> lines, List<String> foldedLines, int start, int end, int[] headings,
                                BitSet fused) {
        var entries = new ArrayList<Entry>(end - start);
        for (int i = start; i < end; i++) {
            Deadline.check();
            var line = lines.get(i);
            String folded = foldedLines.get(i);
            boolean boundary = headings[i] >= 0 || HEADER_MARKS.stream().anyMatch(folded::contains);
            var entry = Entry.of(i, line, groups, boundary, fused.get(i));
            // A running head repeated at the top of a page, inside a table (its title).
            if (!entry.hasFigures() && folded.contains(RUNNING_HEAD)) {
                entry = new Entry(i, line, "", List.of(), false, false);
            }
            entries.addAll(rowsOfStackedCells(entry));
        }
        return entries;
    }

    /** Table 三's width: six applicant columns and their total. */
    private static final int APPLICATION_WIDTH = Schema.APPLICATION_COLUMNS.size();

    /**
     * Cells printed one per line gather into one run where a conversion left no label between rows
     * (pdftotext without -layout, huaian-city-2024: 上年结转's seven cells, then 予以公开's and 部分公开's,
     * their labels printed further down). A run of several times table 三's width is cut into rows of
     * seven when every one of them adds up to its own total, as each of the template's rows does; the
     * rows after the first have no label of their own.
     */
    private static List<Entry> rowsOfStackedCells(Entry entry) {
        var run = entry.run();
        if (entry.line().positioned() || run.size() <= APPLICATION_WIDTH || run.size() % APPLICATION_WIDTH != 0) {
            return List.of(entry);
        }
        var rows = new ArrayList<Entry>();
        for (int from = 0; from < run.size(); from += APPLICATION_WIDTH) {
            var cells = run.subList(from, from + APPLICATION_WIDTH);
            if (!addsUp(cells)) {
                return List.of(entry);
            }
            var line = entry.line();
            var at = cells.get(0).at();
            var row = new Line(line.page(), at.line(), cells, false, false);
            rows.add(new Entry(entry.index(), row, from == 0 ? entry.label() : "", List.copyOf(cells),
                    entry.boundary(), false));
        }
        return rows;
    }

    /** Whether the last of a row's cells is the sum of the others, every one a number. */
    private static boolean addsUp(List<Segment> cells) {
        var sum = BigDecimal.ZERO;
        for (int k = 0; k < cells.size(); k++) {
            var v = CellValue.parse(cells.get(k).text());
            if (v.kind() != CellValue.Kind.NUMBER) {
                return false;
            }
            if (k < cells.size() - 1) {
                sum = sum.add(v.value());
            } else {
                return sum.compareTo(v.value()) == 0;
            }
        }
        return false;
    }

    /**
     * The entries holding figures, and whether each stands under table 四's headers. A number alone
     * on a line without a label, inside tables whose rows hold several figures, is a page number
     * left by a page break, not a figure.
     */
    private void collectRuns(List<Entry> entries, int[] headings, List<Integer> runs, List<Boolean> appeals,
                             List<Integer> blanks) {
        int appealTable = tableIndex("四");
        boolean wideRows = false;
        boolean underAppeals = false;
        int lastRun = -1;
        for (int p = 0; p < entries.size(); p++) {
            var e = entries.get(p);
            int head = headings[e.index()];
            if (head >= 0) {
                underAppeals = head == appealTable;
                wideRows |= tables.get(head).rows().stream().allMatch(r -> r.width() >= 5);
            }
            if (!e.hasFigures()) {
                // A group label alone on its line heads sub-rows; it is not a row printed blank.
                if (!e.label().isEmpty() && !e.boundary() && !groups.isGroup(e.label())) {
                    blanks.add(p);
                }
                continue;
            }
            if (wideRows && isBarePageNumber(e)) {
                continue;
            }
            wideRows |= e.figureCount() >= 5;
            boolean headed = underAppeals;
            if (!headed) {
                var since = new StringBuilder();
                for (int k = lastRun + 1; k < p; k++) {
                    since.append(MatchText.of(entries.get(k).line().text()));
                }
                headed = APPEAL_HEADERS.stream().anyMatch(h -> since.indexOf(h) >= 0);
            }
            runs.add(p);
            appeals.add(headed);
            lastRun = p;
        }
    }

    private static boolean isBarePageNumber(Entry e) {
        return !e.line().explicitCells() && e.label().isEmpty() && e.run().size() == 1
                && e.line().segments().size() == 1
                && BARE_PAGE_NUMBER.matcher(e.run().get(0).text().strip()).matches();
    }

    private int tableIndex(String id) {
        for (int t = 0; t < tables.size(); t++) {
            if (tables.get(t).id().equals(id)) {
                return t;
            }
        }
        return -1;
    }

    // ---- columns -------------------------------------------------------------------------

    private void placeTable(TableSpec table, List<Entry> entries, List<Integer> runs, Map<Integer, RowMatcher.TableRow> matches,
                            int[] headings, Set<Integer> used, List<PlacedRow> placed, List<Finding> findings,
                            Set<Integer> joinedAppeals) {
        var mine = new ArrayList<Integer>();
        for (var m : matches.entrySet()) {
            if (m.getValue().table() == table) {
                mine.add(m.getKey());
            }
        }
        mine.sort(null);
        if (mine.isEmpty()) {
            return;
        }
        List<Integer> appealGroups = null;
        if (table.id().equals("四")) {
            mergeContinuation(mine.get(0), entries, runs, matches, used);
            // A row joined from its groups' tables has the columns their headers named: all fifteen.
            appealGroups = joinedAppeals.contains(mine.get(0))
                    ? java.util.stream.IntStream.range(0, table.columns().size()).boxed().toList()
                    : AppealGroups.columns(entries.get(mine.get(0)), context(entries, runs, mine.get(0)));
        }
        List<Integer> columns = appealGroups != null ? appealGroups : columns(table, entries, headings, mine, findings);
        for (int p : mine) {
            var row = matches.get(p);
            var entry = entries.get(p);
            List<CellSpec> cells = columns == null
                    ? row.row().cells()
                    : columns.stream().map(row.row().cells()::get).toList();
            String context = context(entries, runs, p);
            if (columns != null && columns.isEmpty()) {
                // Table 四's figures under no header that names their columns: nothing places them.
                placed.add(new PlacedRow(row, entry, row.row().cells(), List.of(), false, context, null));
                continue;
            }
            if (entry.fused()) {
                var splits = FusedSplits.of(entry.run(), cells, WITHIN_ROWS);
                placed.add(new PlacedRow(row, entry, cells, splits.readings(), false, context, splits));
                continue;
            }
            // Cells gathered from a line each (StackedCells) have an order but no columns: no reference.
            double[] reference = entry.line().explicitCells() || !entry.line().positioned() ? null
                    : reference(entries, mine, p, cells.size());
            var readings = ColumnPlacer.readings(entry.run(), entry.line().explicitCells(), cells.size(), reference);
            boolean positional = entry.line().explicitCells()
                    ? ColumnPlacer.cellReadingIsCertain(entry.run(), cells.size())
                    : entry.figureCount() >= cells.size() || reference != null;
            placed.add(new PlacedRow(row, entry, cells, readings, positional, context, null));
        }
    }

    /** Table 四's fifteen figures continued on the next line (or two) without a label. */
    private static void mergeContinuation(int first, List<Entry> entries, List<Integer> runs,
                                          Map<Integer, RowMatcher.TableRow> matches, Set<Integer> used) {
        var e = entries.get(first);
        int width = matches.get(first).row().width();
        var run = new ArrayList<>(e.run());
        for (int k = runs.indexOf(first) + 1; k < runs.size(); k++) {
            var next = entries.get(runs.get(k));
            if (matches.containsKey(runs.get(k)) || !next.label().isEmpty()
                    || run.size() + next.run().size() > width) {
                break;
            }
            run.addAll(next.run());
            used.add(runs.get(k));
        }
        if (run.size() > e.run().size()) {
            entries.set(first, e.withRun(run));
        }
    }

    /**
     * The cells of the table's printed columns, matched by label in the header above its first row:
     * null when the header holds every column or none (then the template's order stands, and a
     * missing header is reported); otherwise the cells of the columns printed.
     */
    private List<Integer> columns(TableSpec table, List<Entry> entries, int[] headings, List<Integer> mine,
                                  List<Finding> findings) {
        if (table.id().equals("二")) {
            return null;
        }
        int first = mine.get(0);
        int from = first;
        while (from > 0 && headings[entries.get(from - 1).index()] < 0 && !entries.get(from - 1).hasFigures()) {
            from--;
        }
        var header = new StringBuilder();
        for (int k = from; k < first; k++) {
            header.append(MatchText.of(entries.get(k).line().text()));
        }
        if (table.id().equals("四")) {
            header.append(entries.get(first).label());
        }
        var present = new ArrayList<Integer>();
        var specs = table.columns();
        for (int c = 0; c < specs.size(); c++) {
            final String text = header.toString();
            boolean found = specs.get(c).labels().stream()
                    .anyMatch(l -> LabelSimilarity.characterContainment(text, MatchText.of(l)) >= 1.0);
            if (found) {
                present.add(c);
            }
        }
        String name = "table " + table.id() + " (" + table.heading() + ")";
        if (present.isEmpty()) {
            findings.add(Finding.info("header_missing", List.of(),
                    name + ": no column header found above its first row (line " + entries.get(first).line().number()
                            + "); columns taken in the template's order"));
            return null;
        }
        if (present.size() == specs.size()) {
            return null;
        }
        int widest = mine.stream().mapToInt(p -> entries.get(p).figureCount()).max().orElse(0);
        var missing = new ArrayList<String>();
        for (int c = 0; c < specs.size(); c++) {
            if (!present.contains(c)) {
                missing.add(specs.get(c).label());
            }
        }
        if (widest > present.size()) {
            findings.add(Finding.warning("header_incomplete", List.of(),
                    name + ": columns " + String.join("、", missing) + " not recognised in the header, but rows hold "
                            + widest + " figures; columns taken in the template's order"));
            return null;
        }
        findings.add(Finding.warning("column_missing", List.of(),
                name + ": columns " + String.join("、", missing) + " are not printed"));
        return present;
    }

    /** Centres of the columns of the full row of the same table nearest to row {@code p}. */
    private static double[] reference(List<Entry> entries, List<Integer> mine, int p, int width) {
        Entry best = null;
        var at = entries.get(p);
        for (int q : mine) {
            var e = entries.get(q);
            if (q == p || e.line().explicitCells() || !e.line().positioned() || e.run().size() != width) {
                continue;
            }
            if (best == null || distance(e, at) < distance(best, at)) {
                best = e;
            }
        }
        if (best == null) {
            return null;
        }
        return best.run().stream().mapToDouble(Segment::centre).toArray();
    }

    /** Lines apart, a page apart counting as far. */
    private static int distance(Entry a, Entry b) {
        return Math.abs(a.line().number() - b.line().number()) + 1000 * Math.abs(a.line().page() - b.line().page());
    }

    /** The folded text from the previous run to this one's line: the row's own header. */
    static String context(List<Entry> entries, List<Integer> runs, int p) {
        int from = 0;
        for (int q : runs) {
            if (q < p) {
                from = q + 1;
            }
        }
        var text = new StringBuilder();
        for (int q = from; q <= p; q++) {
            text.append(MatchText.of(entries.get(q).line().text()));
        }
        return text.toString();
    }

    // ---- figures and findings --------------------------------------------------------------

    private void emit(PlacedRow row, int chosen, ReadingChooser.Decision decision, List<Figure> figures,
                      List<Finding> findings) {
        var entry = row.entry();
        String where = "line " + entry.line().number();
        String rowName = rowName(row);
        if (decision == ReadingChooser.Decision.UNDECIDED) {
            findings.add(undecided(row, rowName, where));
            return;
        }
        if (decision == ReadingChooser.Decision.DOUBTFUL) {
            findings.add(Finding.warning("split_doubtful", row.fieldIds(), rowName + " (" + where
                    + ") prints its cells fused as 「" + printed(entry) + "」; its only split that adds up to its "
                    + "total, " + split(row.readings().get(chosen)) + ", leaves columns that do not add up: a blank cell, "
                    + "which a flattened table does not show, may have shifted its figures; they are left empty"));
            return;
        }
        var reading = row.readings().get(chosen);
        if (!reading.dropped().isEmpty()) {
            findings.add(Finding.warning("extra_figures", row.fieldIds(),
                    rowName + " (" + where + ") prints more figures than its " + row.cells().size() + " columns; "
                            + "not read: " + reading.dropped().stream().map(Segment::text).collect(Collectors.joining(" "))));
        }
        String read = row.splits() != null
                ? "its fused cells 「" + printed(entry) + "」 were split as " + split(reading)
                : "its blank cells' columns were chosen";
        if (decision == ReadingChooser.Decision.IDENTITY) {
            findings.add(Finding.info("reading_by_identity", row.fieldIds(), rowName + " (" + where + "): " + read
                    + ", the only reading under which the template's identities hold"));
        } else if (decision == ReadingChooser.Decision.PROSE) {
            findings.add(Finding.info("reading_by_prose", row.fieldIds(), rowName + " (" + where + "): " + read
                    + ", the only reading that gives the figures the report's text quotes"));
        }
        for (int k = 0; k < row.cells().size(); k++) {
            var field = row.cells().get(k).field();
            var token = reading.at(k);
            if (token == null || token.isEmpty()) {
                findings.add(Finding.warning("cell_blank", List.of(field.id()),
                        rowName + ", column 「" + row.cells().get(k).column().label() + "」 is blank (" + where
                                + "); left empty"));
                continue;
            }
            var value = CellValue.parse(token.text());
            switch (value.kind()) {
                case NUMBER -> figures.add(new Figure(field, inUnit(field, value, row, findings), token.text(),
                        token.at(), token.recognition()));
                case NOTHING -> {
                    figures.add(new Figure(field, null, token.text(), token.at(), token.recognition()));
                    findings.add(Finding.info("cell_not_numeric", List.of(field.id()),
                            rowName + ", column 「" + row.cells().get(k).column().label() + "」 prints 「"
                                    + token.text() + "」 (" + token.at().describe() + "); left empty, not 0"));
                }
                default -> {
                    figures.add(new Figure(field, null, token.text(), token.at(), token.recognition()));
                    findings.add(Finding.warning("cell_unreadable", List.of(field.id()),
                            rowName + " prints 「" + token.text() + "」 (" + token.at().describe() + "); left empty"));
                }
            }
        }
    }

    /** The identities that hold within a row: table 三's and table 四's totals. */
    private static final List<nianbao.schema.Identity> WITHIN_ROWS = Identities.all(false);
    /** How many candidate readings a finding lists. */
    private static final int LISTED_CANDIDATES = 6;

    /** The finding for a row whose figures are left empty because nothing decides how to read them. */
    private static Finding undecided(PlacedRow row, String rowName, String where) {
        var entry = row.entry();
        var splits = row.splits();
        if (splits == null) {
            String printed = entry.run().stream().map(s -> s.isEmpty() ? "(blank)" : s.text())
                    .collect(Collectors.joining(" "));
            if (row.readings().isEmpty()) {
                return Finding.warning("columns_undecided", row.fieldIds(), rowName + " (" + where + ") prints "
                        + printed + " under a header that does not name the columns they stand in; "
                        + "its figures are left empty");
            }
            return Finding.warning("blank_position_uncertain", row.fieldIds(), rowName + " (" + where + ") prints "
                    + printed + ": its blank cells' columns neither the layout nor the identities decide ("
                    + row.readings().size() + " readings); its figures are left empty");
        }
        String fused = "「" + printed(entry) + "」";
        if (row.readings().isEmpty()) {
            return Finding.warning("split_ambiguous", row.fieldIds(), rowName + " (" + where + ") prints its cells fused as "
                    + fused + ", and no split of it into " + row.cells().size()
                    + " figures adds up to its totals; its figures are left empty");
        }
        if (!splits.complete()) {
            return Finding.warning("split_ambiguous", row.fieldIds(), rowName + " (" + where + ") prints its cells fused as "
                    + fused + ", which splits into " + row.cells().size() + " figures in more than "
                    + FusedSplits.MAX_SPLITS + " ways; its figures are left empty");
        }
        var candidates = row.readings().stream().limit(LISTED_CANDIDATES).map(TableReader::split)
                .collect(Collectors.joining("; "));
        return Finding.warning("split_ambiguous", row.fieldIds(), rowName + " (" + where + ") prints its cells fused as "
                + fused + ", which splits into " + row.cells().size() + " figures in " + row.readings().size()
                + " ways that neither the identities nor the text decide: " + candidates
                + (row.readings().size() > LISTED_CANDIDATES ? "; …" : "") + "; its figures are left empty");
    }

    private static String printed(Entry entry) {
        return entry.run().stream().map(Segment::text).collect(Collectors.joining(" "));
    }

    private static String split(ColumnPlacer.Reading reading) {
        return reading.tokens().stream().map(Segment::text).collect(Collectors.joining("|"));
    }

    /** One finding saying that a report's tables were read from fused cells, and how. */
    private static void fusedSummary(List<PlacedRow> placed, ReadingChooser.Choice choice, List<Finding> findings) {
        int fused = 0;
        int byForm = 0;
        int empty = 0;
        for (int r = 0; r < placed.size(); r++) {
            var splits = placed.get(r).splits();
            if (splits == null) {
                continue;
            }
            fused++;
            byForm += splits.byForm() ? 1 : 0;
            var decision = choice.decisions()[r];
            empty += decision == ReadingChooser.Decision.UNDECIDED || decision == ReadingChooser.Decision.DOUBTFUL ? 1 : 0;
        }
        if (fused > 0) {
            findings.add(Finding.info("cells_fused", List.of(), fused + " rows print their cells fused into digit "
                    + "strings (a flattened table, as crawlers' text dumps keep them): " + byForm
                    + " split by the figures' form alone, " + (fused - byForm - empty)
                    + " by the template's identities or the report's text, " + empty + " left empty"));
        }
    }

    /**
     * A unit stated in a header: 万元, or 单位 followed by 万 (a header wrapped in a narrow column,
     * （单位：万 ⏎ 容 ⏎ 元）, huaian-city-2024.unruled-label-touches-figure.pdf); 元 only where the
     * header states it whole (单位：元, （元）): a lone 元 from a wrapped 万元 must not divide by 10,000.
     */
    private static final Pattern TEN_THOUSAND_YUAN = Pattern.compile("万元|单位[:：]?万");
    private static final Pattern YUAN = Pattern.compile("单位[:：]?元|[(（]元[)）]");

    /**
     * A money figure in 万元: converted when its cell or header prints 元, taken as printed and
     * flagged when no unit is printed at all.
     */
    private static BigDecimal inUnit(nianbao.schema.Field field, CellValue value, PlacedRow row, List<Finding> findings) {
        if (field.type() != ValueType.DECIMAL || !"万元".equals(field.unit())) {
            return value.value();
        }
        String unit = value.unit();
        if (unit.isEmpty()) {
            if (TEN_THOUSAND_YUAN.matcher(row.context()).find()) {
                unit = "万元";
            } else if (YUAN.matcher(row.context()).find()) {
                unit = "元";
            }
        }
        if (unit.equals("元")) {
            // Exact, whatever the scale: a cell like 「0.005元」 must not overflow a fixed scale.
            var converted = value.value().movePointLeft(4).stripTrailingZeros();
            findings.add(Finding.info("unit_converted", List.of(field.id()),
                    field.id() + " printed in 元 (" + value.value().toPlainString() + "); converted to 万元"));
            return converted;
        }
        if (unit.isEmpty()) {
            findings.add(Finding.info("unit_assumed", List.of(field.id()),
                    field.id() + ": no unit printed; taken as 万元"));
        }
        return value.value();
    }

    private static String rowName(PlacedRow row) {
        var r = row.row();
        return "table " + r.table().id() + " row " + (r.row().labelled() ? "「" + r.row().label() + "」" : "of figures");
    }

    private static Finding unknownRow(Entry e) {
        String figures = e.run().stream().map(s -> s.isEmpty() ? "(blank)" : s.text()).collect(Collectors.joining(" "));
        String label = e.line().text().isBlank() ? "(no label)" : "「" + labelText(e) + "」";
        return Finding.warning("row_unknown", List.of(),
                "unrecognised row " + label + " with figures " + figures + " (line " + e.line().number() + ")");
    }

    private static String labelText(Entry e) {
        return e.line().segments().stream().filter(s -> !s.isEmpty() && !e.run().contains(s))
                .map(Segment::text).collect(Collectors.joining(" "));
    }

    /**
     * The fields the template prints, given which form of （六）其他处理 the report uses, and a
     * finding for every row or table not found.
     */
    private List<String> expected(List<PlacedRow> placed, boolean otherAsOneRow, List<Finding> findings) {
        var found = new HashSet<String>();
        for (var p : placed) {
            found.add(p.row().table().id() + "/" + p.row().row().key());
        }
        boolean oneRow = otherAsOneRow || (template == Template.T2019
                && placed.stream().noneMatch(p -> p.row().row().key().startsWith("other_")));
        var expected = new ArrayList<String>();
        for (var table : tables) {
            boolean any = placed.stream().anyMatch(p -> p.row().table() == table);
            if (!any) {
                findings.add(Finding.warning("table_missing", List.of(),
                        "table " + table.id() + " (" + table.heading() + ") not found"));
            }
            for (var row : table.rows()) {
                boolean alternative = table.id().equals("三")
                        && (oneRow ? row.key().startsWith("other_") : row.key().equals("other"));
                if (alternative) {
                    // Neither form of （六）其他处理 found: the one-row form is missing too.
                    if (any && row.key().equals("other") && !found.contains("三/other")
                            && placed.stream().noneMatch(p -> p.row().row().key().startsWith("other_"))) {
                        findings.add(Finding.warning("row_missing",
                                row.cells().stream().map(c -> c.field().id()).toList(),
                                "table 三 row 「（六）其他处理」 not found, neither as one row nor as its three sub-rows; "
                                        + "its figures are left empty"));
                    }
                    continue;
                }
                row.cells().forEach(c -> expected.add(c.field().id()));
                if (any && !found.contains(table.id() + "/" + row.key())) {
                    findings.add(Finding.warning("row_missing",
                            row.cells().stream().map(c -> c.field().id()).toList(),
                            "table " + table.id() + " row 「" + row.label() + "」 not found; its figures are left empty"));
                }
            }
        }
        return expected;
    }
}
