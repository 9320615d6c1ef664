package nianbao.schema;

/** The field a row of a template table holds in one of its columns. */
public record CellSpec(ColumnSpec column, Field field) {
}
