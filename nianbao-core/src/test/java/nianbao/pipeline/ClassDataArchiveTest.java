package nianbao.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Worker processes start with the build's class-data-sharing archive only where it is the jar's. */
class ClassDataArchiveTest {

    @Test
    void theArchiveBesideTheJarIsTaken(@TempDir Path dir) throws Exception {
        var jar = Files.writeString(dir.resolve("nianbao.jar"), "jar");
        assertNull(WorkerPool.classDataArchive(jar.toString()), "no archive was built");
        var archive = Files.writeString(dir.resolve("nianbao.jsa"), "archive");
        assertEquals(archive, WorkerPool.classDataArchive(jar.toString()));
    }

    @Test
    void aClassPathOfSeveralEntriesOrOfFoldersTakesNone(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("nianbao.jsa"), "archive");
        var jar = Files.writeString(dir.resolve("nianbao.jar"), "jar");
        // Maven's test class path, or the Spark job's jar: the archive was made for nianbao.jar alone.
        assertNull(WorkerPool.classDataArchive(jar + File.pathSeparator + dir.resolve("other.jar")));
        assertNull(WorkerPool.classDataArchive(dir.toString()));
        assertNull(WorkerPool.classDataArchive(dir.resolve("nianbao-spark.jar").toString()));
    }
}
