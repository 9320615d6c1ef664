package nianbao.source.pdf;

import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * From PDF user space (origin bottom-left of the media box, y up) to the page as displayed: origin
 * at the top-left of the crop box, y down, the page's /Rotate applied (a landscape page may be a
 * portrait page rotated by 90°).
 */
final class PageSpace {

    private final double llx;
    private final double lly;
    private final double urx;
    private final double ury;
    private final int rotation;

    PageSpace(PDPage page) {
        PDRectangle crop = page.getCropBox();
        this.llx = crop.getLowerLeftX();
        this.lly = crop.getLowerLeftY();
        this.urx = crop.getUpperRightX();
        this.ury = crop.getUpperRightY();
        this.rotation = Math.floorMod(page.getRotation(), 360);
    }

    double width() {
        return rotation == 90 || rotation == 270 ? ury - lly : urx - llx;
    }

    double height() {
        return rotation == 90 || rotation == 270 ? urx - llx : ury - lly;
    }

    /** A user-space point on the displayed page. */
    double[] toPage(double x, double y) {
        return switch (rotation) {
            case 90 -> new double[] {y - lly, x - llx};
            case 180 -> new double[] {urx - x, y - lly};
            case 270 -> new double[] {ury - y, urx - x};
            default -> new double[] {x - llx, ury - y};
        };
    }
}
