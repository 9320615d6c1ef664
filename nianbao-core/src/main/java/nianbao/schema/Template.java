package nianbao.schema;

/** The State Council templates a report's tables can follow, recognised from their labels. */
public enum Template {
    /** 国办公开办函〔2021〕30号: reports on 2021 and later. */
    T2021("2021"),
    /** 国办公开办函〔2019〕60号, the trial format: reports on 2019 and 2020. */
    T2019("2019"),
    /** Reports before 2019: free-form, no national table. */
    LEGACY("legacy");

    private final String code;

    Template(String code) {
        this.code = code;
    }

    /** The value written in the {@code template} column. */
    public String code() {
        return code;
    }
}
