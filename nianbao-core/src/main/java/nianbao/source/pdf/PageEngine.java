package nianbao.source.pdf;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import nianbao.source.Deadline;
import nianbao.source.FontArtefacts;
import nianbao.source.page.Page;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDSimpleFont;
import org.apache.pdfbox.pdmodel.font.encoding.GlyphList;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * One pass over a page's content stream collecting both its glyphs and its ruling lines, so that a
 * page is parsed once (PDFBox's own text stripper and a second pass for lines would parse it twice).
 * Coordinates leave here in points from the displayed page's top-left corner.
 */
final class PageEngine extends PDFGraphicsStreamEngine {

    /** A filled rectangle thinner than this is a line (WPS draws cell borders so). */
    private static final double THIN = 2.5;
    /** Segments shorter than this are not rulings (glyph-like marks, dots). */
    private static final double SHORT = 3.0;
    /** How far from horizontal or vertical a ruling may lean. */
    private static final double SLANT = 1.0;
    private static final double ASCENT = 0.88;
    private static final double DESCENT = 0.12;

    private final PageSpace space;
    private final List<Page.Glyph> glyphs = new ArrayList<>();
    private final List<Page.Ruling> rulings = new ArrayList<>();
    /** The current path: its straight segments as x0 y0 x1 y1, in user space. */
    private final List<double[]> path = new ArrayList<>();
    private double startX;
    private double startY;
    private double currentX;
    private double currentY;
    private int images;
    private double pictureShare;
    private double pictureDpi;

    PageEngine(PDPage page) {
        super(page);
        this.space = new PageSpace(page);
    }

    /** Each operator first checks the document's time: a pathological content stream stops itself. */
    @Override
    protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
        Deadline.check();
        super.processOperator(operator, operands);
    }

    Page read(int number) throws IOException {
        processPage(getPage());
        return new Page(number, space.width(), space.height(), glyphs, rulings, images);
    }

    // ---- text ---------------------------------------------------------------------------

    @Override
    protected void showGlyph(Matrix trm, PDFont font, int code, Vector displacement) throws IOException {
        String text = font.toUnicode(code, GlyphList.getAdobeGlyphList());
        if (text == null) {
            if (!(font instanceof PDSimpleFont)) {
                return;
            }
            text = String.valueOf((char) code);
        }
        text = FontArtefacts.fold(text);
        double size = trm.getScalingFactorY();
        boolean vertical = font.isVertical();
        // Glyph space → page: the glyph's box as a unit square scaled by the text rendering matrix.
        double advance = vertical ? 1 : displacement.getX();
        double[][] corners = vertical
                ? new double[][] {{-0.5, -1}, {0.5, 0}}
                : new double[][] {{0, -DESCENT}, {advance, ASCENT}};
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (double gx : new double[] {corners[0][0], corners[1][0]}) {
            for (double gy : new double[] {corners[0][1], corners[1][1]}) {
                float ux = (float) (trm.getValue(0, 0) * gx + trm.getValue(1, 0) * gy + trm.getValue(2, 0));
                float uy = (float) (trm.getValue(0, 1) * gx + trm.getValue(1, 1) * gy + trm.getValue(2, 1));
                double[] p = space.toPage(ux, uy);
                minX = Math.min(minX, p[0]);
                maxX = Math.max(maxX, p[0]);
                minY = Math.min(minY, p[1]);
                maxY = Math.max(maxY, p[1]);
            }
        }
        glyphs.add(new Page.Glyph(text, minX, minY, maxX, maxY, size, readsUpward(trm)));
    }

    /** Whether the text's baseline runs up the displayed page: a glyph rotated a quarter turn left. */
    private boolean readsUpward(Matrix trm) {
        double[] origin = space.toPage(trm.getValue(2, 0), trm.getValue(2, 1));
        double[] along = space.toPage(trm.getValue(2, 0) + trm.getValue(0, 0), trm.getValue(2, 1) + trm.getValue(0, 1));
        double dx = along[0] - origin[0];
        double dy = along[1] - origin[1];
        return -dy > Math.abs(dx);
    }

    // ---- paths --------------------------------------------------------------------------

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        moveTo((float) p0.getX(), (float) p0.getY());
        lineTo((float) p1.getX(), (float) p1.getY());
        lineTo((float) p2.getX(), (float) p2.getY());
        lineTo((float) p3.getX(), (float) p3.getY());
        closePath();
    }

    @Override
    public void moveTo(float x, float y) {
        startX = x;
        startY = y;
        currentX = x;
        currentY = y;
    }

    @Override
    public void lineTo(float x, float y) {
        path.add(new double[] {currentX, currentY, x, y});
        currentX = x;
        currentY = y;
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        // Curves are no rulings; the path goes on from the curve's end.
        currentX = x3;
        currentY = y3;
    }

    @Override
    public Point2D getCurrentPoint() {
        return new Point2D.Float((float) currentX, (float) currentY);
    }

    @Override
    public void closePath() {
        if (currentX != startX || currentY != startY) {
            path.add(new double[] {currentX, currentY, startX, startY});
        }
        currentX = startX;
        currentY = startY;
    }

    @Override
    public void endPath() {
        path.clear();
    }

    @Override
    public void strokePath() {
        for (var s : path) {
            addRuling(space.toPage(s[0], s[1]), space.toPage(s[2], s[3]));
        }
        path.clear();
    }

    @Override
    public void fillPath(int windingRule) {
        // Only thin axis-aligned boxes count: cell borders drawn as filled rectangles. Larger
        // fills are backgrounds of cells whose borders are drawn separately.
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        boolean axisAligned = !path.isEmpty();
        for (var s : path) {
            double[] a = space.toPage(s[0], s[1]);
            double[] b = space.toPage(s[2], s[3]);
            axisAligned &= Math.abs(a[0] - b[0]) <= SLANT || Math.abs(a[1] - b[1]) <= SLANT;
            minX = Math.min(minX, Math.min(a[0], b[0]));
            maxX = Math.max(maxX, Math.max(a[0], b[0]));
            minY = Math.min(minY, Math.min(a[1], b[1]));
            maxY = Math.max(maxY, Math.max(a[1], b[1]));
        }
        if (axisAligned && path.size() <= 5) {
            double w = maxX - minX;
            double h = maxY - minY;
            if (h <= THIN && w >= SHORT) {
                double y = (minY + maxY) / 2;
                rulings.add(new Page.Ruling(minX, y, maxX, y));
            } else if (w <= THIN && h >= SHORT) {
                double x = (minX + maxX) / 2;
                rulings.add(new Page.Ruling(x, minY, x, maxY));
            }
        }
        path.clear();
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
        var segments = new ArrayList<>(path);
        strokePath();
        path.addAll(segments);
        fillPath(windingRule);
    }

    private void addRuling(double[] a, double[] b) {
        double dx = Math.abs(a[0] - b[0]);
        double dy = Math.abs(a[1] - b[1]);
        if (dy <= SLANT && dx >= SHORT) {
            double y = (a[1] + b[1]) / 2;
            rulings.add(new Page.Ruling(Math.min(a[0], b[0]), y, Math.max(a[0], b[0]), y));
        } else if (dx <= SLANT && dy >= SHORT) {
            double x = (a[0] + b[0]) / 2;
            rulings.add(new Page.Ruling(x, Math.min(a[1], b[1]), x, Math.max(a[1], b[1])));
        }
    }

    @Override
    public void clip(int windingRule) {
        // The clipping path is ended by the n that follows; nothing to keep.
    }

    @Override
    public void drawImage(PDImage pdImage) {
        images++;
        // The image's unit square on the displayed page: how much of it the picture covers, and at what resolution.
        Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (int corner = 0; corner < 4; corner++) {
            double ux = corner % 2;
            double uy = corner / 2;
            double[] p = space.toPage(ctm.getValue(0, 0) * ux + ctm.getValue(1, 0) * uy + ctm.getValue(2, 0),
                    ctm.getValue(0, 1) * ux + ctm.getValue(1, 1) * uy + ctm.getValue(2, 1));
            minX = Math.min(minX, p[0]);
            maxX = Math.max(maxX, p[0]);
            minY = Math.min(minY, p[1]);
            maxY = Math.max(maxY, p[1]);
        }
        double share = Math.max(0, Math.min(maxX, space.width()) - Math.max(minX, 0))
                * Math.max(0, Math.min(maxY, space.height()) - Math.max(minY, 0)) / (space.width() * space.height());
        if (share > pictureShare) {
            pictureShare = share;
            pictureDpi = 72.0 * Math.max(pdImage.getWidth(), pdImage.getHeight()) / Math.max(maxX - minX, maxY - minY);
        }
    }

    /** The largest picture's share of the page (0 to 1): a scan's page is one picture covering it. */
    double pictureShare() {
        return pictureShare;
    }

    /** The largest picture's resolution on the page, in dots per inch. */
    double pictureDpi() {
        return pictureDpi;
    }

    @Override
    public void shadingFill(COSName shadingName) {
        // Shadings fill areas; they draw no lines.
    }
}
