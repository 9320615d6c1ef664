package nianbao.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs nianbao again in a UTF-8 locale when the JVM started without one (under cron, LANG is often
 * unset): Java 17 then decodes file names and arguments as ASCII, so a Chinese path argument is lost
 * and a folder's Chinese file names cannot be opened. The command line's own bytes, read from
 * {@code /proc/self/cmdline}, go to the new JVM through a launcher argument file, which the launcher
 * reads as bytes; the new JVM decodes them as UTF-8 (LC_ALL=C.UTF-8).
 */
final class Utf8Relaunch {

    private static final String MARK = "NIANBAO_UTF8_RELAUNCHED";
    private static final Path CMDLINE = Path.of("/proc/self/cmdline");

    private Utf8Relaunch() {
    }

    /** The exit code of the run in a UTF-8 JVM, or -1 when this JVM is one (or cannot start one). */
    static int ifNeeded() {
        String encoding = System.getProperty("sun.jnu.encoding", "");
        if (encoding.equalsIgnoreCase("UTF-8") || System.getenv(MARK) != null || !Files.isReadable(CMDLINE)) {
            return -1;
        }
        Path argfile = null;
        try {
            var argv = split(Files.readAllBytes(CMDLINE));
            if (argv.size() < 2) {
                return -1;
            }
            argfile = Files.createTempFile("nianbao-args", ".txt");
            var out = new ByteArrayOutputStream();
            for (var arg : argv.subList(1, argv.size())) {
                out.write('"');
                for (byte b : arg) {
                    switch (b) {
                        case '"', '\\' -> {
                            out.write('\\');
                            out.write(b);
                        }
                        case '\n' -> out.write(new byte[] {'\\', 'n'});
                        default -> out.write(b);
                    }
                }
                out.write('"');
                out.write('\n');
            }
            Files.write(argfile, out.toByteArray());
            var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            var builder = new ProcessBuilder(java, "@" + argfile).inheritIO();
            builder.environment().put("LC_ALL", "C.UTF-8");
            builder.environment().put(MARK, "1");
            return builder.start().waitFor();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        } finally {
            if (argfile != null) {
                try {
                    Files.deleteIfExists(argfile);
                } catch (IOException ignored) {
                    // A temporary file of a few hundred bytes.
                }
            }
        }
    }

    private static List<byte[]> split(byte[] cmdline) {
        var argv = new ArrayList<byte[]>();
        int start = 0;
        for (int i = 0; i < cmdline.length; i++) {
            if (cmdline[i] == 0) {
                argv.add(java.util.Arrays.copyOfRange(cmdline, start, i));
                start = i + 1;
            }
        }
        return argv;
    }
}
