package dev.orgwright.render.deck;

import dev.orgwright.layout.Box;
import dev.orgwright.layout.Edge;
import dev.orgwright.layout.Point;
import dev.orgwright.model.Chart;
import dev.orgwright.model.Photos;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import dev.orgwright.render.CardContent;
import dev.orgwright.render.CardMetrics;
import dev.orgwright.render.Rgba;
import dev.orgwright.render.CardColouring;
import dev.orgwright.render.Theme;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.sl.usermodel.LineDecoration;
import org.apache.poi.sl.usermodel.PictureData;
import org.apache.poi.sl.usermodel.ShapeType;
import org.apache.poi.sl.usermodel.StrokeStyle.LineDash;
import org.apache.poi.sl.usermodel.VerticalAlignment;
import org.apache.poi.xslf.usermodel.XSLFAutoShape;
import org.apache.poi.xslf.usermodel.XSLFConnectorShape;
import org.apache.poi.xslf.usermodel.XSLFFreeformShape;
import org.apache.poi.xslf.usermodel.XSLFGroupShape;
import org.apache.poi.xslf.usermodel.XSLFPictureData;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFSimpleShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.openxmlformats.schemas.drawingml.x2006.main.CTGeomGuide;
import org.openxmlformats.schemas.drawingml.x2006.main.CTPresetGeometry2D;
import org.openxmlformats.schemas.drawingml.x2006.main.STShapeType;
import org.openxmlformats.schemas.presentationml.x2006.main.CTPicture;
import org.openxmlformats.schemas.presentationml.x2006.main.CTShape;

/**
 * Writes one {@link ChartSlide} as native shapes: per card a group of a rounded rectangle holding
 * the card's text as real paragraphs ({@link CardTextWriter}: the card template's lines in order, then the duties), the
 * tier band above it and, when the template shows photos, the photo as a picture cropped to a circle; per reporting line one line shape
 * (a straight connector, or a line following the layout's elbows); dotted lines dashed.
 */
final class ChartSlideWriter {

    /** A card's name in the file starts with this, so that tools (and tests) can find the cards. */
    static final String CARD = "Card: ";
    static final String LINE = "Reporting line: ";
    static final String DOTTED = "Dotted line: ";
    /** The name of a card's photo (or of the disc standing for a photo that is not embedded). */
    static final String PHOTO = "Photo";

    private final Chart chart;
    private final DeckCards cards;
    private final Theme theme;
    private final CardColouring colouring;
    private final DeckFrame frame;
    private final CardTextWriter cardText;

    ChartSlideWriter(Chart chart, DeckCards cards, Theme theme, CardColouring colouring, DeckFrame frame) {
        this.colouring = colouring;
        this.chart = chart;
        this.cards = cards;
        this.theme = theme;
        this.frame = frame;
        this.cardText = new CardTextWriter(cards, theme);
    }

    /**
     * Draws {@code slide} on {@code target}; {@code teamSlides} gives each folded card the slide its team
     * continues on, {@code all} the slides to link to.
     */
    void write(ChartSlide slide, XSLFSlide target, Map<PositionId, Integer> teamSlides, List<XSLFSlide> all) {
        Box bounds = slide.layout().bounds();
        double s = slide.scale();
        double ox = frame.areaX() + (frame.areaWidth() - bounds.width() * s) / 2 - bounds.x() * s;
        double oy = frame.areaY() - bounds.y() * s;
        Transform t = new Transform(ox, oy, s);
        double lineWidth = Math.max(0.75, 1.25 * s);
        for (Edge e : slide.layout().edges()) {
            line(target, e, t, LineStyleOf.SOLID, lineWidth);
        }
        for (Edge e : slide.layout().dottedLines()) {
            line(target, e, t, LineStyleOf.DOTTED, lineWidth);
        }
        for (Position p : slide.shown().inTreeOrder()) {
            Box box = slide.layout().box(p.id()).orElse(null);
            if (box != null) {
                Integer continues = slide.folded().contains(p.id()) ? teamSlides.get(p.id()) : null;
                card(target, chart.position(p.id()), box, t, continues, continues == null ? null : all.get(continues));
            }
        }
    }

    private record Transform(double ox, double oy, double s) {
        double x(double chartX) {
            return ox + chartX * s;
        }

        double y(double chartY) {
            return oy + chartY * s;
        }
    }

    private enum LineStyleOf { SOLID, DOTTED }

    private void line(XSLFSlide target, Edge e, Transform t, LineStyleOf style, double width) {
        List<Point> points = straightened(e.points());
        String name = (style == LineStyleOf.SOLID ? LINE : DOTTED) + e.manager().value() + " → " + e.report().value();
        Rgba colour = style == LineStyleOf.SOLID ? theme.line() : theme.dottedLine();
        XSLFSimpleShape shape;
        if (points.size() == 2) {
            XSLFConnectorShape c = target.createConnector();
            double x1 = t.x(points.get(0).x());
            double y1 = t.y(points.get(0).y());
            double x2 = t.x(points.get(1).x());
            double y2 = t.y(points.get(1).y());
            c.setAnchor(new Rectangle2D.Double(Math.min(x1, x2), Math.min(y1, y2), Math.abs(x2 - x1), Math.abs(y2 - y1)));
            c.setFlipHorizontal(x2 < x1);
            c.setFlipVertical(y2 < y1);
            shape = c;
        } else {
            XSLFFreeformShape f = target.createFreeform();
            Path2D.Double path = new Path2D.Double();
            path.moveTo(t.x(points.get(0).x()), t.y(points.get(0).y()));
            for (int i = 1; i < points.size(); i++) {
                path.lineTo(t.x(points.get(i).x()), t.y(points.get(i).y()));
            }
            f.setPath(path);
            f.setFillColor(null);
            shape = f;
        }
        Pptx.name(shape, name);
        shape.setLineColor(Pptx.colour(colour));
        shape.setLineWidth(width);
        shape.setLineHeadDecoration(LineDecoration.DecorationShape.NONE);
        if (style == LineStyleOf.DOTTED) {
            shape.setLineDash(LineDash.DASH);
        }
    }

    /** The points of a line without repeats and without points in the middle of a straight run. */
    static List<Point> straightened(List<Point> points) {
        List<Point> out = new ArrayList<>();
        for (Point p : points) {
            if (!out.isEmpty() && out.get(out.size() - 1).equals(p)) {
                continue;
            }
            if (out.size() >= 2) {
                Point a = out.get(out.size() - 2);
                Point b = out.get(out.size() - 1);
                boolean collinear = (b.x() - a.x()) * (p.y() - b.y()) == (b.y() - a.y()) * (p.x() - b.x());
                if (collinear) {
                    out.set(out.size() - 1, p);
                    continue;
                }
            }
            out.add(p);
        }
        if (out.size() == 1) {
            out.add(out.get(0));
        }
        return out;
    }

    private void card(XSLFSlide target, Position p, Box box, Transform t, Integer continues, XSLFSlide link) {
        double s = t.s();
        double x = t.x(box.x());
        double y = t.y(box.y());
        double w = box.width() * s;
        double h = box.height() * s;
        Rectangle2D.Double r = new Rectangle2D.Double(x, y, w, h);
        XSLFGroupShape group = target.createGroup();
        group.setAnchor(r);
        group.setInteriorAnchor(r);
        Pptx.name(group, CARD + p.id().value());

        XSLFAutoShape shape = group.createAutoShape();
        shape.setShapeType(ShapeType.ROUND_RECT);
        shape.setAnchor(r);
        Pptx.name(shape, CardMetrics.titleLine(p));
        cornerRadius(shape, CardMetrics.CORNER_RADIUS / Math.min(box.width(), box.height()));
        shape.setFillColor(Pptx.colour(theme.cardFill()));
        shape.setLineColor(Pptx.colour(theme.cardBorder()));
        shape.setLineWidth(0.75);
        shape.clearText();
        shape.setVerticalAlignment(VerticalAlignment.TOP);
        shape.setWordWrap(true);
        boolean photo = cards.content().showsPhoto(p);
        shape.setLeftInset((4 + (photo ? CardContent.PHOTO_SPACE : 0)) * s);
        shape.setRightInset(4 * s);
        shape.setTopInset((CardMetrics.TITLE_BASELINE - CardMetrics.TITLE_SIZE) * s - 1);
        shape.setBottomInset(0);
        cardText.write(shape, p, box, continues, link, s);

        XSLFAutoShape band = group.createAutoShape();
        band.setShapeType(ShapeType.ROUND_2_SAME_RECT);
        band.setAnchor(new Rectangle2D.Double(x, y, w, Math.max(2, CardMetrics.BAND_HEIGHT * s)));
        Pptx.name(band, "Tier band");
        band.setFillColor(Pptx.colour(bandOf(p)));
        band.setLineColor(null);

        if (photo) {
            photo(target, group, p, x, y, h, s);
        }
    }

    /**
     * The position's photo at the card's left, cropped to a circle as the other drawings show it,
     * when the chart embeds it; a grey disc otherwise, so that the cards line up either way.
     */
    private void photo(XSLFSlide target, XSLFGroupShape group, Position p, double x, double y, double h, double s) {
        double top = y + CardMetrics.BAND_HEIGHT * s;
        double room = h - CardMetrics.BAND_HEIGHT * s;
        double d = Math.min(CardContent.PHOTO_SIZE * s, room - 8 * s);
        if (d < 2) {
            return;
        }
        Rectangle2D.Double where = new Rectangle2D.Double(x + CardContent.PHOTO_LEFT * s, top + (room - d) / 2, d, d);
        Photos.Image image = Photos.imageOf(chart.settings(), p.photo()).orElse(null);
        if (image == null) {
            XSLFAutoShape disc = group.createAutoShape();
            disc.setShapeType(ShapeType.ELLIPSE);
            disc.setAnchor(where);
            disc.setFillColor(Pptx.colour(theme.cardBorder()));
            disc.setLineColor(null);
            Pptx.name(disc, PHOTO);
            return;
        }
        PictureData.PictureType type = image.type().toLowerCase(java.util.Locale.ROOT).contains("png")
                ? PictureData.PictureType.PNG : PictureData.PictureType.JPEG;
        XSLFPictureData data = target.getSlideShow().addPicture(image.bytes(), type);
        XSLFPictureShape picture = group.createPicture(data);
        picture.setAnchor(where);
        Pptx.name(picture, PHOTO);
        CTPicture xml = (CTPicture) picture.getXmlObject();
        CTPresetGeometry2D geometry = xml.getSpPr().isSetPrstGeom() ? xml.getSpPr().getPrstGeom()
                : xml.getSpPr().addNewPrstGeom();
        geometry.setPrst(STShapeType.ELLIPSE);
    }

    private Rgba bandOf(Position p) {
        return colouring.colourOf(chart, p);
    }

    /** Rounds the card's corners as the painter does: the radius as a share of the shorter side. */
    private static void cornerRadius(XSLFAutoShape shape, double share) {
        CTShape xml = (CTShape) shape.getXmlObject();
        CTPresetGeometry2D geometry = xml.getSpPr().getPrstGeom();
        if (geometry == null) {
            return;
        }
        var list = geometry.isSetAvLst() ? geometry.getAvLst() : geometry.addNewAvLst();
        CTGeomGuide guide = list.addNewGd();
        guide.setName("adj");
        guide.setFmla("val " + Math.round(Math.min(0.5, share) * 100000));
    }
}
