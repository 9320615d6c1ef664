package nianbao.pipeline;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import nianbao.normalize.ReportReader;
import nianbao.report.Finding;
import nianbao.report.Metadata;
import nianbao.report.Outcome;
import nianbao.report.Place;
import nianbao.report.Report;
import nianbao.report.Status;
import nianbao.source.Deadline;
import nianbao.source.DocumentReader;
import nianbao.source.Format;
import nianbao.source.FormatDetector;
import nianbao.source.SourceDocument;
import nianbao.source.TextReader;
import nianbao.source.UnreadableDocumentException;
import nianbao.source.markup.DocxReader;
import nianbao.source.markup.HtmlReader;
import nianbao.source.markup.OfficeReader;
import nianbao.source.pdf.PdfReader;
import nianbao.source.image.ImageFileReader;
import nianbao.source.page.ScanReader;
import nianbao.ocr.PageOcr;
import nianbao.table.MarkupTables;
import nianbao.table.PageTables;
import nianbao.validate.OcrRepair;
import nianbao.validate.Validator;

/**
 * One document in, one outcome out. Never throws for bad input: an unreadable document becomes a
 * {@code failed} outcome with its reason, and a bug met while reading one document is reported on
 * that document while the batch goes on.
 */
public final class Pipeline {

    private final FormatDetector detector = new FormatDetector();
    private final Map<Format, DocumentReader> readers = new EnumMap<>(Format.class);
    private final ReportReader reportReader = new ReportReader();

    /** More pages than any annual report has: beyond it a PDF is not read. */
    public static final int MAX_PAGES = 200;
    /** Larger files are not read: a report is far smaller, and reading one takes memory. */
    public static final long MAX_BYTES = 100L * 1024 * 1024;

    private final long maxBytes;
    private final PagePictures pagePictures;

    /**
     * What a pipeline may do.
     *
     * @param maxPages PDFs with more pages are not read
     * @param maxBytes files larger than this are not read
     * @param ocr      whether pages that are pictures (scans) are read by OCR
     */
    public record Settings(int maxPages, long maxBytes, boolean ocr) {

        public static final Settings DEFAULT = new Settings(MAX_PAGES, MAX_BYTES, true);
    }

    public Pipeline() {
        this(Settings.DEFAULT);
    }

    public Pipeline(Settings settings) {
        this.maxBytes = settings.maxBytes();
        int maxPages = settings.maxPages();
        var scans = settings.ocr() ? new PageOcr()
                : ScanReader.refusing("its pages are pictures (a scan) and OCR is off (--no-ocr)");
        readers.put(Format.TEXT, new TextReader());
        var pdf = new PdfReader(maxPages, scans);
        readers.put(Format.PDF, bytes -> PageTables.read(Format.PDF, PdfReader.requireText(pdf.read(bytes))));
        var images = new ImageFileReader(maxPages, scans);
        readers.put(Format.IMAGE, bytes -> PageTables.read(Format.IMAGE, images.read(bytes)));
        this.pagePictures = new PagePictures(images, maxPages, maxBytes);
        readers.put(Format.HTML, new MarkupTables(new HtmlReader(), Format.HTML));
        readers.put(Format.DOCX, new MarkupTables(new DocxReader(), Format.DOCX));
        var office = new OfficeReader();
        for (var format : new Format[] {Format.DOC, Format.XLS, Format.XLSX}) {
            readers.put(format, new MarkupTables(office, format));
        }
    }

    /** Processes a file; {@code source} is the path as the user gave it. */
    public Outcome process(Path file, String source) {
        return process(file, source, Duration.ZERO);
    }

    /**
     * Processes a file within a time limit (zero for none): past it the readers stop, and the
     * document is failed with the reason.
     */
    public Outcome process(Path file, String source, Duration timeout) {
        var read = readFile(file, maxBytes);
        return read.bytes() == null ? failed(source, read.reason())
                : process(read.bytes(), source, Hints.ofFile(file), timeout);
    }

    /** Why a file of this many bytes is not read. */
    public static String tooLarge(long size, long maxBytes) {
        return "file of " + size / (1024 * 1024) + " MiB, more than the limit of " + maxBytes / (1024 * 1024)
                + " MiB (--max-mb)";
    }

    /** Why a file that grew past the limit while it was read is not read. */
    public static String grewPast(long maxBytes) {
        return "file grew past the limit of " + maxBytes / (1024 * 1024) + " MiB (--max-mb) while it was read";
    }

    /** A file's bytes, or why they could not be read. */
    public record FileBytes(byte[] bytes, String reason) {
    }

    /**
     * Reads a file whole, when it is a regular file within the size limit: a named pipe, a device, a
     * folder or a link to nothing is refused at once (reading a pipe would wait forever).
     */
    public static FileBytes readFile(Path file, long maxBytes) {
        try {
            var attributes = Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class);
            if (!attributes.isRegularFile()) {
                return new FileBytes(null, "not a regular file: " + (attributes.isDirectory() ? "a folder"
                        : attributes.isOther() ? "a named pipe, socket or device" : "not a file") + "; not read");
            }
            if (attributes.size() > maxBytes) {
                return new FileBytes(null, tooLarge(attributes.size(), maxBytes));
            }
            byte[] bytes = Files.readAllBytes(file);
            if (bytes.length > maxBytes) {
                return new FileBytes(null, grewPast(maxBytes));
            }
            return new FileBytes(bytes, null);
        } catch (NoSuchFileException e) {
            return new FileBytes(null, Files.isSymbolicLink(file)
                    ? "a symbolic link to nothing (its target " + target(file) + " does not exist)"
                    : "file not found (it may have been moved or deleted during the run)");
        } catch (AccessDeniedException e) {
            return new FileBytes(null, "permission denied reading the file");
        } catch (java.nio.file.FileSystemLoopException e) {
            return new FileBytes(null, "a symbolic link that leads back to itself");
        } catch (IOException e) {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return new FileBytes(null, message.contains("Too many levels of symbolic links")
                    ? "a symbolic link that leads back to itself"
                    : message.contains("Is a directory") ? "not a regular file: a folder (it was replaced during the run)"
                    : "cannot read the file: " + message);
        }
    }

    private static String target(Path link) {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException e) {
            return "?";
        }
    }

    /**
     * Processes a document's bytes within a time limit (zero for none): past it the readers stop, and
     * the document is failed with the reason.
     */
    public Outcome process(byte[] bytes, String source, Hints hints, Duration timeout) {
        Deadline.start(timeout.toNanos());
        try {
            return process(bytes, source, hints);
        } catch (Deadline.Exceeded e) {
            return failed(docId(bytes), source, "", "took longer than the time limit of " + timeout.toSeconds()
                    + " s; not read (--timeout)");
        } finally {
            Deadline.clear();
        }
    }

    /**
     * What is known of a document beyond its bytes: where it was found, and the pictures its page shows.
     *
     * @param httpCharset  the charset of the HTTP response's Content-Type, or null
     * @param baseUri      the URL it was fetched from, to make its links absolute; empty for a file
     * @param jurisdiction the region code of the site, or empty: evidence between places of one name
     * @param folder       the folder of a file read from disk, where pictures its page names by a relative
     *                     path are; empty when crawled
     * @param pictures     pictures the crawl fetched for a page whose report is pictures, by their
     *                     absolute URL
     */
    public record Hints(String httpCharset, String baseUri, String jurisdiction, String folder,
                        Map<String, byte[]> pictures) {

        public static final Hints NONE = new Hints(null, "", "");

        public Hints {
            pictures = Map.copyOf(pictures);
        }

        public Hints(String httpCharset, String baseUri, String jurisdiction) {
            this(httpCharset, baseUri, jurisdiction, "", Map.of());
        }

        /** A file's hints: its folder. */
        public static Hints ofFile(Path file) {
            var parent = file.toAbsolutePath().getParent();
            return new Hints(null, "", "", parent == null ? "" : parent.toString(), Map.of());
        }

        /** These hints with the pictures a page shows. */
        public Hints withPictures(Map<String, byte[]> fetched) {
            return new Hints(httpCharset, baseUri, jurisdiction, folder, fetched);
        }
    }

    /** Processes a document's bytes. */
    public Outcome process(byte[] bytes, String source) {
        return process(bytes, source, Hints.NONE);
    }

    /** Processes a crawled document's bytes, with what its HTTP response and site tell of it. */
    public Outcome process(byte[] bytes, String source, Hints hints) {
        String sha256 = sha256(bytes);
        return read(bytes, source, hints, docIdOf(sha256)).withBytes(sha256, bytes.length);
    }

    private Outcome read(byte[] bytes, String source, Hints hints, String docId) {
        if (bytes.length == 0) {
            return failed(docId, source, "", "empty file (0 bytes)");
        }
        String format = "";
        try {
            var detected = detector.detect(bytes);
            format = detected.format() == null ? "" : detected.format().code();
            var document = read(bytes, detected, hints);
            var report = reportReader.read(document, hints.jurisdiction());
            if (PagePictures.showsReport(document, report)) {
                var pictures = pagePictures.read(document, hints);
                if (pictures.document() != null) {
                    document = pictures.document();
                    report = reportReader.read(document, hints.jurisdiction());
                }
                report = report.with(pictures.findings());
            }
            report = OcrRepair.apply(report);
            report = report.with(Validator.check(report));
            var status = Validator.status(report);
            return new Outcome(docId, source, format, status, report, pages(document), text(document), "", -1);
        } catch (UnreadableDocumentException e) {
            return failed(docId, source, format, e.getMessage());
        } catch (Deadline.Exceeded e) {
            throw e;
        } catch (OutOfMemoryError e) {
            return failed(docId, source, format, "ran out of memory reading this document of "
                    + bytes.length / 1024 + " KiB");
        } catch (RuntimeException | StackOverflowError e) {
            return failed(docId, source, format, "internal error while reading this document (a bug; please report it): "
                    + e);
        }
    }

    /** The lines of a document, as the table stage hands them to label matching. */
    public SourceDocument read(byte[] bytes) throws UnreadableDocumentException {
        return read(bytes, detector.detect(bytes), Hints.NONE);
    }

    private SourceDocument read(byte[] bytes, FormatDetector.Detected detected, Hints hints)
            throws UnreadableDocumentException {
        if (detected.format() == Format.HTML && (hints.httpCharset() != null || !hints.baseUri().isEmpty())) {
            return new MarkupTables(new HtmlReader(hints.httpCharset(), hints.baseUri()), Format.HTML).read(bytes);
        }
        var reader = detected.format() == null ? null : readers.get(detected.format());
        if (reader == null) {
            throw new UnreadableDocumentException("unsupported format: " + detected.type().getBaseType());
        }
        return reader.read(bytes);
    }

    /** A document that could not be processed at all, with the reason. */
    public Outcome failed(String source, String reason) {
        return failed("", source, "", reason);
    }

    /** A document whose reading ended in an error outside the readers' own handling: out of memory, or a bug. */
    public Outcome failed(String source, Throwable e) {
        return failed(source, e instanceof OutOfMemoryError ? "ran out of memory reading this document"
                : "internal error (a bug; please report it): " + e.getClass().getSimpleName());
    }

    /** A document that ran past its time limit and did not stop itself: left behind by the batch. */
    public Outcome abandoned(String source, Duration timeout) {
        return failed(source, "did not finish within the time limit of " + timeout.toSeconds()
                + " s and could not be stopped; abandoned (--timeout)");
    }

    /** An object's identity hash in a library's message ({@code OOXMLParser@25578745}): not the same twice. */
    private static final java.util.regex.Pattern IDENTITY_HASH = java.util.regex.Pattern.compile("@[0-9a-f]{5,8}\\b");

    private static Outcome failed(String docId, String source, String format, String reason) {
        // The same input gives the same output, word for word: no run-dependent text in a reason.
        reason = IDENTITY_HASH.matcher(reason).replaceAll("");
        var metadata = new Metadata(null, null, "", null, Place.NONE);
        var report = new Report(metadata, List.of(), List.of(Finding.error("read_failed", List.of(), reason)), List.of());
        return new Outcome(docId, source, format, Status.FAILED, report);
    }

    /** d and the first 16 hex digits of the SHA-256 of the bytes: the same bytes, the same id, at any path. */
    public static String docId(byte[] bytes) {
        return docIdOf(sha256(bytes));
    }

    private static String docIdOf(String sha256) {
        // A letter first: an id of sixteen decimal digits (5 in 10,000) would be read as a number by
        // pandas, R and spreadsheets, and lose its leading zeros.
        return "d" + sha256.substring(0, 16);
    }

    /** The pages a document's lines stand on. */
    private static int pages(SourceDocument document) {
        int pages = 0;
        for (var line : document.lines()) {
            pages = Math.max(pages, line.page());
        }
        return pages;
    }

    /** A document's lines as text: cells separated by tabs, pages by form feeds. */
    private static String text(SourceDocument document) {
        var out = new StringBuilder();
        int page = -1;
        for (var line : document.lines()) {
            if (page >= 0 && line.page() != page) {
                out.append('\f');
            }
            page = line.page();
            boolean first = true;
            for (var s : line.segments()) {
                if (!first) {
                    out.append('\t');
                }
                out.append(s.text().replace('\t', ' ').replace('\n', ' '));
                first = false;
            }
            out.append('\n');
        }
        return out.toString();
    }

    /** The SHA-256 of the bytes, in hex. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
