package nianbao.output;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.apache.parquet.bytes.BytesInput;
import org.apache.parquet.compression.CompressionCodecFactory;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type.Repetition;
import org.apache.parquet.schema.Types;

/**
 * {@code reports.parquet}, {@code values.parquet} and {@code checks.parquet}: the data set typed, for
 * pandas/pyarrow, DuckDB, R's arrow and Spark. Ids and codes are strings, counts 64-bit integers,
 * money exact decimals (38 digits, 10 after the point), dates dates. Written with parquet-java through
 * a local file and a plain configuration, Snappy by snappy-java: no Hadoop is installed or loaded.
 */
final class ParquetFiles {

    static final int PRECISION = Columns.PRECISION;
    static final int SCALE = Columns.SCALE;
    private static final int DECIMAL_BYTES = 16;

    private ParquetFiles() {
    }

    /** Writes the three tables beside their names; returns the names. */
    static List<String> write(ResultStore store, Path dir) throws IOException {
        var reports = new TableWriter(dir, Columns.REPORTS);
        var values = new TableWriter(dir, Columns.VALUES);
        var checks = new TableWriter(dir, Columns.CHECKS);
        try (reports; values; checks) {
            store.documents(d -> {
                reports.write(CsvOutput.reportRowWithSources(d));
                CsvOutput.valueRows(d).forEach(values::write);
                CsvOutput.checkRows(d).forEach(checks::write);
            });
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
        return List.of("reports.parquet", "values.parquet", "checks.parquet");
    }

    /** A table's Parquet schema, from its typed columns. */
    static MessageType schema(Columns.Table table) {
        var builder = Types.buildMessage();
        for (var c : table.columns()) {
            var repetition = c.name().equals("doc_id") ? Repetition.REQUIRED : Repetition.OPTIONAL;
            switch (c.type()) {
                case INTEGER -> builder.primitive(PrimitiveTypeName.INT64, repetition).named(c.name());
                case DECIMAL -> builder.primitive(PrimitiveTypeName.FIXED_LEN_BYTE_ARRAY, repetition).length(DECIMAL_BYTES)
                        .as(LogicalTypeAnnotation.decimalType(SCALE, PRECISION)).named(c.name());
                case DATE -> builder.primitive(PrimitiveTypeName.INT32, repetition).as(LogicalTypeAnnotation.dateType())
                        .named(c.name());
                default -> builder.primitive(PrimitiveTypeName.BINARY, repetition).as(LogicalTypeAnnotation.stringType())
                        .named(c.name());
            }
        }
        return builder.named(table.name());
    }

    /** One table's file, written row by row from the CSV text of each row, typed by its columns. */
    private static final class TableWriter implements AutoCloseable {

        private final Columns.Table table;
        private final SimpleGroupFactory groups;
        private final ParquetWriter<Group> writer;

        TableWriter(Path dir, Columns.Table table) throws IOException {
            this.table = table;
            var schema = schema(table);
            this.groups = new SimpleGroupFactory(schema);
            var file = dir.resolve(table.name() + ".parquet" + ResultStore.PARTIAL);
            Files.deleteIfExists(file);
            this.writer = ExampleParquetWriter.builder(new LocalOutputFile(file)).withType(schema)
                    .withConf(new PlainParquetConfiguration())
                    .withCodecFactory(new SnappyCodecs()).withCompressionCodec(CompressionCodecName.SNAPPY)
                    .withWriteMode(ParquetFileWriter.Mode.OVERWRITE).build();
        }

        void write(List<String> row) {
            var g = groups.newGroup();
            var values = table.typed(row);
            for (int i = 0; i < values.size(); i++) {
                var value = values.get(i);
                String name = table.columns().get(i).name();
                if (value instanceof Long n) {
                    g.append(name, n);
                } else if (value instanceof BigDecimal d) {
                    g.append(name, Binary.fromConstantByteArray(decimal(d)));
                } else if (value instanceof LocalDate date) {
                    g.append(name, (int) date.toEpochDay());
                } else if (value instanceof String text) {
                    g.append(name, text);
                }
            }
            try {
                writer.write(g);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        @Override
        public void close() throws IOException {
            writer.close();
        }
    }

    /**
     * A decimal as Parquet's fixed-length two's complement of its unscaled value; null for one that
     * does not fit exactly (more than 10 places: never printed in a report), rather than a rounded one.
     */
    static byte[] decimal(BigDecimal value) {
        var scaled = Columns.decimal(value);
        if (scaled == null) {
            return null;
        }
        byte[] unscaled = scaled.unscaledValue().toByteArray();
        byte[] out = new byte[DECIMAL_BYTES];
        byte fill = (byte) (unscaled[0] < 0 ? 0xFF : 0);
        java.util.Arrays.fill(out, 0, DECIMAL_BYTES - unscaled.length, fill);
        System.arraycopy(unscaled, 0, out, DECIMAL_BYTES - unscaled.length, unscaled.length);
        return out;
    }

    /** Snappy through snappy-java, which parquet-java brings, instead of Hadoop's codec classes. */
    private static final class SnappyCodecs implements CompressionCodecFactory {

        private static final Function<byte[], byte[]> COMPRESS = bytes -> {
            try {
                return org.xerial.snappy.Snappy.compress(bytes);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        };

        @Override
        public BytesInputCompressor getCompressor(CompressionCodecName codec) {
            if (codec != CompressionCodecName.SNAPPY) {
                throw new IllegalArgumentException("nianbao writes Snappy only, not " + codec);
            }
            return new BytesInputCompressor() {
                @Override
                public BytesInput compress(BytesInput bytes) throws IOException {
                    return BytesInput.from(COMPRESS.apply(bytes.toByteArray()));
                }

                @Override
                public CompressionCodecName getCodecName() {
                    return CompressionCodecName.SNAPPY;
                }

                @Override
                public void release() {
                }
            };
        }

        @Override
        public BytesInputDecompressor getDecompressor(CompressionCodecName codec) {
            throw new UnsupportedOperationException("nianbao only writes Parquet");
        }

        @Override
        public void release() {
        }
    }
}
