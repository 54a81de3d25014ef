package papersetter.render;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.util.Matrix;

/**
 * The forms (formulas) drawn on a PDF's pages, read back with PDFBox: each one's rectangle and
 * the box its ink really covers (the outlines of its glyphs and rules), in points, y down from
 * the page's top.
 */
final class FormulaInk {
    /** One form as drawn: its page, its rectangle and its ink; the intrinsic size of the form. */
    record Form(int page, Rectangle2D frame, Rectangle2D ink, float width, float height) {
    }

    private FormulaInk() {
    }

    static List<Form> read(Path pdf) {
        List<Form> forms = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            int number = 0;
            for (PDPage page : document.getPages()) {
                number++;
                float height = page.getMediaBox().getHeight();
                int p = number;
                new PDFGraphicsStreamEngine(page) {
                    private Rectangle2D ink;
                    private int depth;

                    @Override
                    public void showForm(PDFormXObject form) throws IOException {
                        if (depth++ == 0) {
                            ink = null;
                        }
                        super.showForm(form);
                        if (--depth == 0) {
                            Matrix ctm = getGraphicsState().getCurrentTransformationMatrix().multiply(form.getMatrix());
                            var box = form.getBBox();
                            Point2D.Float a = ctm.transformPoint(box.getLowerLeftX(), box.getLowerLeftY());
                            Point2D.Float b = ctm.transformPoint(box.getUpperRightX(), box.getUpperRightY());
                            Rectangle2D frame = new Rectangle2D.Float(Math.min(a.x, b.x), height - Math.max(a.y, b.y),
                                    Math.abs(b.x - a.x), Math.abs(b.y - a.y));
                            forms.add(new Form(p, frame, ink, box.getWidth(), box.getHeight()));
                        }
                    }

                    private void add(float x, float y) {
                        if (depth > 0) {
                            Rectangle2D point = new Rectangle2D.Float(x, height - y, 0, 0);
                            if (ink == null) {
                                ink = point;
                            } else {
                                ink.add(point);
                            }
                        }
                    }

                    @Override
                    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
                        for (Point2D point : new Point2D[] {p0, p1, p2, p3}) {
                            add((float) point.getX(), (float) point.getY());
                        }
                    }

                    @Override
                    public void moveTo(float x, float y) {
                        add(x, y);
                    }

                    @Override
                    public void lineTo(float x, float y) {
                        add(x, y);
                    }

                    @Override
                    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
                        add(x1, y1);
                        add(x2, y2);
                        add(x3, y3);
                    }

                    @Override
                    public void drawImage(PDImage pdImage) {
                    }

                    @Override
                    public void clip(int windingRule) {
                    }

                    @Override
                    public Point2D getCurrentPoint() {
                        return new Point2D.Float();
                    }

                    @Override
                    public void closePath() {
                    }

                    @Override
                    public void endPath() {
                    }

                    @Override
                    public void strokePath() {
                    }

                    @Override
                    public void fillPath(int windingRule) {
                    }

                    @Override
                    public void fillAndStrokePath(int windingRule) {
                    }

                    @Override
                    public void shadingFill(org.apache.pdfbox.cos.COSName shadingName) {
                    }

                    void run() throws IOException {
                        processPage(page);
                    }
                }.run();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return forms;
    }
}
