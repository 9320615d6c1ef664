package nianbao.spark;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nianbao.report.DocumentRecord;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * What the job keeps of each input it read, in the output's {@code _documents/} folder: the input
 * (path, size, time), the extractor that read it, and its document as {@link DocumentRecord} holds
 * it (metadata, figures with where each was printed, findings). Structured, as the command line's
 * store keeps it: the tables are made from these rows, and a resumed job reuses them. Figure values
 * are kept as printed decimals (text), exactly.
 */
final class DocumentRows {

    private DocumentRows() {
    }

    static final StructType FIGURE = struct(
            field("field", DataTypes.StringType, false), field("value", DataTypes.StringType, true),
            field("raw", DataTypes.StringType, false), field("page", DataTypes.IntegerType, false),
            field("line", DataTypes.IntegerType, false), field("column", DataTypes.IntegerType, false),
            field("box", DataTypes.StringType, false), field("confidence", DataTypes.DoubleType, true));

    static final StructType FINDING = struct(
            field("check", DataTypes.StringType, false), field("severity", DataTypes.StringType, false),
            field("fields", DataTypes.createArrayType(DataTypes.StringType, false), false),
            field("message", DataTypes.StringType, false));

    static final StructType SCHEMA = struct(
            field("wave", DataTypes.StringType, false), field("source", DataTypes.StringType, false),
            field("size", DataTypes.LongType, false), field("modified", DataTypes.LongType, false),
            field("extractor", DataTypes.StringType, false), field("millis", DataTypes.LongType, false),
            field("doc_id", DataTypes.StringType, false), field("format", DataTypes.StringType, false),
            field("status", DataTypes.StringType, false), field("template", DataTypes.StringType, false),
            field("year", DataTypes.IntegerType, true), field("agency", DataTypes.StringType, false),
            field("published", DataTypes.DateType, true), field("province", DataTypes.StringType, false),
            field("city", DataTypes.StringType, false), field("county", DataTypes.StringType, false),
            field("region_code", DataTypes.StringType, false), field("township", DataTypes.StringType, false),
            field("township_code", DataTypes.StringType, false), field("level", DataTypes.StringType, false),
            field("pages", DataTypes.IntegerType, false), field("agency_key", DataTypes.StringType, true),
            field("figures", DataTypes.createArrayType(FIGURE, false), false),
            field("findings", DataTypes.createArrayType(FINDING, false), false));

    /** The row of an input read in a wave. */
    static Row of(String wave, InputFile input, String extractor, long millis, DocumentRecord d, String agencyKey) {
        var figures = new ArrayList<Row>(d.figures().size());
        for (var f : d.figures()) {
            figures.add(RowFactory.create(f.field(), f.value() == null ? null : f.value().toPlainString(), f.raw(),
                    f.page(), f.line(), f.column(), f.box(), f.confidence()));
        }
        var findings = new ArrayList<Row>(d.findings().size());
        for (var f : d.findings()) {
            findings.add(finding(f));
        }
        return RowFactory.create(wave, input.source(), input.size(), input.modified(), extractor, millis, d.docId(),
                d.format(), d.status(), d.template(), d.year(), d.agency(), d.published(), d.province(), d.city(),
                d.county(), d.regionCode(), d.township(), d.townshipCode(), d.level(), d.pages(), agencyKey,
                figures.toArray(Row[]::new), findings.toArray(Row[]::new));
    }

    /** The document a row holds, found at these paths. */
    static DocumentRecord record(Row r, List<String> sources) {
        var figures = new ArrayList<DocumentRecord.FigureRecord>();
        for (Row f : r.<Row>getList(r.fieldIndex("figures"))) {
            String value = f.getString(1);
            figures.add(new DocumentRecord.FigureRecord(f.getString(0), value == null ? null : new BigDecimal(value),
                    f.getString(2), f.getInt(3), f.getInt(4), f.getInt(5), f.getString(6),
                    f.isNullAt(7) ? null : f.getDouble(7)));
        }
        var findings = findings(r.getList(r.fieldIndex("findings")));
        int year = r.fieldIndex("year");
        return new DocumentRecord(r.getAs("doc_id"), sources, r.getAs("format"), r.getAs("status"),
                r.getAs("template"), r.isNullAt(year) ? null : r.getInt(year), r.getAs("agency"),
                r.<LocalDate>getAs("published"), r.getAs("province"), r.getAs("city"), r.getAs("county"),
                r.getAs("region_code"), r.getAs("township"), r.getAs("township_code"), r.getAs("level"),
                r.<Integer>getAs("pages"), figures, findings);
    }

    /** A finding as a row of {@link #FINDING}. */
    static Row finding(DocumentRecord.FindingRecord f) {
        return RowFactory.create(f.check(), f.severity(), f.fields().toArray(String[]::new), f.message());
    }

    /** The findings of {@link #FINDING} rows. */
    static List<DocumentRecord.FindingRecord> findings(List<Row> rows) {
        var out = new ArrayList<DocumentRecord.FindingRecord>(rows.size());
        for (Row f : rows) {
            out.add(new DocumentRecord.FindingRecord(f.getString(0), f.getString(1), f.<String>getList(2), f.getString(3)));
        }
        return out;
    }

    private static StructType struct(StructField... fields) {
        return DataTypes.createStructType(fields);
    }

    private static StructField field(String name, DataType type, boolean nullable) {
        return new StructField(name, type, nullable, Metadata.empty());
    }
}
