package nianbao.spark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import nianbao.output.Columns;
import nianbao.output.CsvOutput;
import nianbao.report.DocumentRecord;
import nianbao.validate.CrossYearCheck;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * The data set made from the rows of the inputs read: what {@code extract}'s store and export do,
 * as Spark aggregations. The same bytes found at several paths are one document (grouped by
 * {@code doc_id}, its paths in listing order: {@code sources}); the cross-year check runs per
 * agency; then {@code reports}, {@code values} and {@code checks} are written as Parquet, partitioned
 * by the report's year, with {@code extract --format parquet}'s columns and types.
 */
final class DataSetTables {

    /**
     * The column the tables are partitioned by: the report's year ({@code year=2024/}; a document
     * without one, a failed one, under Hive's {@code year=__HIVE_DEFAULT_PARTITION__/}).
     */
    static final String PARTITION = "year";

    private DataSetTables() {
    }

    /**
     * Writes the three tables from the rows of every input of the listing.
     *
     * @param read    the rows read by this extractor (of any listing, any wave)
     * @param listing the inputs and their places: {@code input_key} and {@code seq}
     * @return how many documents were written, by status
     */
    static Map<String, Long> write(SparkSession spark, Dataset<Row> read, Dataset<Row> listing, String out) {
        read = read.withColumn("reading_key", readingKey());
        // Which reading makes each document is decided on keys and paths alone: the newest reading of
        // each input of the listing; the same bytes at several paths one document, read as at its
        // first path, with every path in listing order.
        var readings = newest(read.select("reading_key", "wave", "source", "size", "modified", "doc_id"))
                .withColumn("input_key", inputKey()).join(listing, "input_key")
                // A file that could not be read at all has no id: it is its own document, as in extract.
                .withColumn("doc_key", functions.when(functions.col("doc_id").equalTo(""),
                        functions.concat(functions.lit("input:"), functions.col("seq").cast("string")))
                        .otherwise(functions.col("doc_id")));
        var paths = readings.groupBy("doc_key").agg(functions.min("seq").as("first"),
                functions.sort_array(functions.collect_list(functions.struct(functions.col("seq"), functions.col("source"))))
                        .as("found"));
        var chosen = readings.join(paths, "doc_key").where(functions.col("seq").equalTo(functions.col("first")))
                .withColumn("sources", functions.expr("transform(found, f -> f.source)"))
                .select("reading_key", "doc_key", "seq", "sources");
        chosen = chosen.join(acrossYears(spark, read, chosen), "doc_key", "left");
        // The figures move once: each document's reading joined with its place, paths and findings.
        var documents = read.join(chosen, "reading_key").persist(StorageLevel.MEMORY_AND_DISK());
        try {
            var records = documents.javaRDD().map(DataSetTables::document);
            write(spark, records.map(d -> rowOf(d, Columns.REPORTS, CsvOutput.reportRowWithSources(d.record()), 0)),
                    Columns.REPORTS, out);
            write(spark, records.flatMap(d -> rowsOf(d, Columns.VALUES, CsvOutput.valueRows(d.record())).iterator()),
                    Columns.VALUES, out);
            write(spark, records.flatMap(d -> rowsOf(d, Columns.CHECKS, CsvOutput.checkRows(d.record())).iterator()),
                    Columns.CHECKS, out);
            var byStatus = new java.util.TreeMap<String, Long>();
            for (var r : documents.groupBy("status").count().collectAsList()) {
                byStatus.put(r.getString(0), r.getLong(1));
            }
            return byStatus;
        } finally {
            documents.unpersist(false);
        }
    }

    /** A document of the data set, with where it first stands in the listing. */
    record Document(long seq, DocumentRecord record) {
    }

    /** The document a row of {@code documents} holds, the findings across years after its own. */
    private static Document document(Row r) {
        var record = DocumentRows.record(r, r.getList(r.fieldIndex("sources")));
        int across = r.fieldIndex("across");
        if (!r.isNullAt(across)) {
            record = record.withFindings(DocumentRows.findings(r.getList(across)));
        }
        return new Document(r.getAs("seq"), record);
    }

    /**
     * The findings of the check across years, by document ({@code doc_key}, {@code across}): what the
     * check keeps of each report (a few numbers) taken where the report was read, the documents'
     * readings kept, grouped by agency, each agency's reports compared year with year in listing order.
     */
    private static Dataset<Row> acrossYears(SparkSession spark, Dataset<Row> read, Dataset<Row> chosen) {
        JavaPairRDD<String, CrossYearCheck.Entry> kept = read
                .where("agency_key IS NOT NULL AND year IS NOT NULL AND template <> ''").javaRDD()
                .mapToPair(r -> {
                    String agency = r.getAs("agency_key");
                    var record = DocumentRows.record(r, List.of(r.<String>getAs("source")));
                    return new Tuple2<>(r.<String>getAs("reading_key"), CrossYearCheck.Entry.of(record, agency));
                });
        JavaPairRDD<String, Long> places = chosen.select("reading_key", "seq").javaRDD()
                .mapToPair(r -> new Tuple2<>(r.getString(0), r.getLong(1)));
        JavaRDD<Row> findings = kept.join(places).values()
                .mapToPair(e -> new Tuple2<>(e._1().agencyKey(), new Tuple2<>(e._2(), e._1())))
                .groupByKey().flatMap(agency -> {
                    var reports = new ArrayList<Tuple2<Long, CrossYearCheck.Entry>>();
                    agency._2().forEach(reports::add);
                    reports.sort(Comparator.comparingLong(Tuple2::_1));
                    var byDocument = new java.util.LinkedHashMap<String, List<Row>>();
                    for (var f : CrossYearCheck.findings(reports.stream().map(Tuple2::_2).toList())) {
                        byDocument.computeIfAbsent(f.docId(), k -> new ArrayList<>()).add(DocumentRows.finding(
                                new DocumentRecord.FindingRecord(f.finding().check(), f.finding().severity().code(),
                                        f.finding().fields(), f.finding().message())));
                    }
                    return byDocument.entrySet().stream()
                            .map(e -> RowFactory.create(e.getKey(), e.getValue().toArray(Row[]::new))).iterator();
                });
        return spark.createDataFrame(findings, DataTypes.createStructType(List.of(
                DataTypes.createStructField("doc_key", DataTypes.StringType, false),
                DataTypes.createStructField("across", DataTypes.createArrayType(DocumentRows.FINDING, false), false))));
    }

    /** A table's rows typed as its columns are, then its year and its place (listing order, row order). */
    private static List<Row> rowsOf(Document d, Columns.Table table, List<List<String>> rows) {
        var out = new ArrayList<Row>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            out.add(rowOf(d, table, rows.get(i), i));
        }
        return out;
    }

    private static Row rowOf(Document d, Columns.Table table, List<String> row, int ord) {
        var values = table.typed(row);
        if (table != Columns.REPORTS) {
            values.add(d.record().year() == null ? null : d.record().year().longValue());
        }
        values.add(d.seq());
        values.add((long) ord);
        return RowFactory.create(values.toArray());
    }

    /**
     * Writes a table where its documents are: each task a file per year it holds, its rows in listing
     * order. No shuffle: the rows are made from the documents once, and never move.
     */
    private static void write(SparkSession spark, JavaRDD<Row> rows, Columns.Table table, String out) {
        spark.createDataFrame(rows, schema(table))
                .sortWithinPartitions(PARTITION, "_seq", "_ord")
                .drop("_seq", "_ord")
                .write().mode(SaveMode.Overwrite).partitionBy(PARTITION).parquet(out + "/" + table.name());
    }

    /** A table's Spark schema: {@code extract --format parquet}'s types, then the helper columns. */
    static StructType schema(Columns.Table table) {
        var fields = new ArrayList<StructField>();
        for (var c : table.columns()) {
            fields.add(new StructField(c.name(), type(c.type()), !c.name().equals("doc_id"), Metadata.empty()));
        }
        if (table != Columns.REPORTS) {
            fields.add(new StructField(PARTITION, DataTypes.LongType, true, Metadata.empty()));
        }
        fields.add(new StructField("_seq", DataTypes.LongType, false, Metadata.empty()));
        fields.add(new StructField("_ord", DataTypes.LongType, false, Metadata.empty()));
        return DataTypes.createStructType(fields);
    }

    static DataType type(nianbao.schema.ValueType type) {
        return switch (type) {
            case INTEGER -> DataTypes.LongType;
            case DECIMAL -> DataTypes.createDecimalType(Columns.PRECISION, Columns.SCALE);
            case DATE -> DataTypes.DateType;
            default -> DataTypes.StringType;
        };
    }

    /** A reading: its wave, and its input's path, size and time. */
    static org.apache.spark.sql.Column readingKey() {
        return functions.concat_ws("\u001f", functions.col("wave"), functions.col("source"), functions.col("size"),
                functions.col("modified"));
    }

    /** An input's path, size and time, as {@link InputFile#key()} joins them. */
    static org.apache.spark.sql.Column inputKey() {
        return functions.concat_ws("\u001f", functions.col("source"), functions.col("size"), functions.col("modified"));
    }

    /** The newest reading of each input, among the waves' rows. */
    static Dataset<Row> newest(Dataset<Row> waves) {
        var byInput = Window.partitionBy("source", "size", "modified").orderBy(functions.col("wave").desc());
        return waves.withColumn("_n", functions.row_number().over(byInput)).where("_n = 1").drop("_n");
    }
}
