package nianbao.ocr;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.nio.FloatBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * PaddleOCR's PP-OCRv4 models (text detection, text recognition and its character list) on ONNX
 * Runtime, loaded once per JVM and shared by every thread: a session runs concurrent calls, each on
 * one thread of its own (intra-op parallelism off), so that jobs, not ONNX Runtime, use the cores.
 */
public final class OcrModels {

    private static final String DIR = "/nianbao/ocr/";

    private final OrtEnvironment environment;
    private final OrtSession detection;
    private final OrtSession recognition;
    /** Class 0 is CTC's blank; class i (1-based) is the i-th line of the list; the last is a space. */
    private final List<String> characters;
    /** For each class, the class of the same character (a full-width digit's ASCII digit). */
    private final int[] sameAs;

    private OcrModels() throws OrtException, IOException {
        environment = OrtEnvironment.getEnvironment();
        var options = new OrtSession.SessionOptions();
        options.setIntraOpNumThreads(1);
        options.setInterOpNumThreads(1);
        options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
        detection = environment.createSession(resource("ch_PP-OCRv4_det_infer.onnx"), options);
        recognition = environment.createSession(resource("ch_PP-OCRv4_rec_infer.onnx"), options);
        var list = new ArrayList<String>();
        list.add("");
        // One character a line, taken as it is (one of them is the ideographic space U+3000).
        for (var line : new String(resource("ppocr_keys_v1.txt"), StandardCharsets.UTF_8).split("\r?\n")) {
            list.add(line);
        }
        list.add(" ");
        characters = List.copyOf(list);
        sameAs = new int[characters.size()];
        for (int c = 0; c < sameAs.length; c++) {
            sameAs[c] = c;
            String ch = characters.get(c);
            // Full-width digits are the digits: U+FF10..FF19.
            if (ch.length() == 1 && ch.charAt(0) >= '\uFF10' && ch.charAt(0) <= '\uFF19') {
                int ascii = characters.indexOf(String.valueOf((char) (ch.charAt(0) - '\uFF10' + '0')));
                if (ascii > 0) {
                    sameAs[c] = ascii;
                }
            }
        }
    }

    /** Why the models could not be had, once: an unsupported platform's missing native library. */
    public static final class Unavailable extends RuntimeException {

        private static final long serialVersionUID = 1L;

        Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private static final class Holder {
        private static final Object MODELS = load();

        private static Object load() {
            try {
                return new OcrModels();
            } catch (OrtException | IOException | LinkageError | RuntimeException e) {
                return new Unavailable("OCR is not available here (" + System.getProperty("os.name") + " "
                        + System.getProperty("os.arch") + "): " + e.getMessage(), e);
            }
        }
    }

    /** The models, loaded on first use. */
    public static OcrModels shared() {
        if (Holder.MODELS instanceof Unavailable u) {
            throw new Unavailable(u.getMessage(), u.getCause());
        }
        return (OcrModels) Holder.MODELS;
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = OcrModels.class.getResourceAsStream(DIR + name)) {
            if (in == null) {
                throw new IOException("the model file " + DIR + name + " is missing from the build");
            }
            return in.readAllBytes();
        }
    }

    /** The character of a recognition class; "" for the blank. */
    public String character(int index) {
        return characters.get(index);
    }

    /** For each class, the class it is the same character as; itself for most. */
    int[] sameAs() {
        return sameAs;
    }

    /**
     * The detection model's text probability map for an image.
     *
     * @param image normalised pixels, channels first (3 × height × width)
     * @return height × width probabilities, row-major
     */
    float[] detect(float[] image, int height, int width) {
        return run(detection, image, new long[] {1, 3, height, width});
    }

    /**
     * The recognition model's per-frame class probabilities for a batch of text line images.
     *
     * @param images normalised pixels, {@code count} × 3 × 48 × width
     * @return per image, per frame, per class
     */
    float[][][] recognize(float[] images, int count, int width) {
        float[] out = run(recognition, images, new long[] {count, 3, TextRecognizer.HEIGHT, width});
        int classes = characters.size();
        int frames = out.length / count / classes;
        var result = new float[count][frames][classes];
        for (int n = 0; n < count; n++) {
            for (int t = 0; t < frames; t++) {
                System.arraycopy(out, (n * frames + t) * classes, result[n][t], 0, classes);
            }
        }
        return result;
    }

    private float[] run(OrtSession session, float[] input, long[] shape) {
        try (var tensor = OnnxTensor.createTensor(environment, FloatBuffer.wrap(input), shape);
             var result = session.run(Map.of(session.getInputNames().iterator().next(), tensor))) {
            var output = (OnnxTensor) result.get(0);
            var buffer = output.getFloatBuffer();
            float[] out = new float[buffer.remaining()];
            buffer.get(out);
            return out;
        } catch (OrtException e) {
            throw new IllegalStateException("OCR model failed: " + e.getMessage(), e);
        }
    }
}
