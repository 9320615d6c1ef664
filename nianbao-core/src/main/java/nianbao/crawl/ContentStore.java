package nianbao.crawl;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import nianbao.pipeline.Pipeline;

/**
 * Every fetched file, stored by the SHA-256 of its bytes ({@code files/ab/abcdef…}): the same bytes
 * once, whatever URLs they came from, and kept across runs so that an unchanged page (304) is read
 * from here.
 */
public final class ContentStore {

    private final Path root;

    public ContentStore(Path root) {
        this.root = root;
    }

    /** Stores bytes; returns their SHA-256 in hex. */
    String put(byte[] bytes) throws IOException {
        String sha = Pipeline.sha256(bytes);
        Path file = path(sha);
        if (!Files.exists(file)) {
            Files.createDirectories(file.getParent());
            Path partial = file.resolveSibling(sha + ".part");
            Files.write(partial, bytes);
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        }
        return sha;
    }

    /** The bytes stored under a hash, or null. */
    public byte[] get(String sha) throws IOException {
        if (sha == null) {
            return null;
        }
        Path file = path(sha);
        return Files.exists(file) ? Files.readAllBytes(file) : null;
    }

    private Path path(String sha) {
        return root.resolve(sha.substring(0, 2)).resolve(sha);
    }
}
