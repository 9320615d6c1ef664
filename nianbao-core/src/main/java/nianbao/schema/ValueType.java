package nianbao.schema;

/** How a field's values are typed in the codebook. */
public enum ValueType {
    TEXT, INTEGER, DECIMAL, DATE;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
