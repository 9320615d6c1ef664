package nianbao.spark;

import org.apache.spark.sql.SparkSession;

/** Spark in local mode for the tests: two cores, on loopback only, no web UI. */
final class LocalSpark {

    private LocalSpark() {
    }

    static SparkSession start() {
        return start("local[2]", java.util.Map.of());
    }

    /** With another master ({@code local[2,3]}: tasks retried) and more configuration. */
    static SparkSession start(String master, java.util.Map<String, String> conf) {
        var builder = SparkSession.builder().master(master).appName("nianbao-spark-test")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "4");
        conf.forEach(builder::config);
        return builder.getOrCreate();
    }
}
