package nianbao.spark;

/**
 * A document the job is given: its place in the listing, where its bytes are (a URI Hadoop's
 * FileSystem opens: {@code file:}, {@code hdfs:}, {@code s3a:}), how the data set names it, and its
 * size and modification time, by which a resumed job knows it already read it.
 *
 * @param seq      its place in the listing, from 0: the order of {@code sources} and of the tables' rows
 * @param uri      where its bytes are
 * @param source   the path as the data set names it (as {@code extract} would for the same argument)
 * @param modified milliseconds since the epoch
 * @param problem  why it cannot be read, known from the listing (a manifest line naming nothing), or null
 */
public record InputFile(long seq, String uri, String source, long size, long modified, String problem)
        implements java.io.Serializable {

    /** What a resumed job matches an earlier reading by: the same path, size and time. */
    public String key() {
        return key(source, size, modified);
    }

    static String key(String source, long size, long modified) {
        return source + '\u001f' + size + '\u001f' + modified;
    }
}
