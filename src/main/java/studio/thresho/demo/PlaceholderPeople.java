package studio.thresho.demo;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.geom.Arc2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import studio.thresho.demo.PlaceholderArt.Palette;

/** The person silhouettes of {@link PlaceholderArt}: a talent's headshot and sheet views, in its 100-unit-high area. */
final class PlaceholderPeople {

    private PlaceholderPeople() {
    }

    static void headAndShoulders(Graphics2D g, Palette p, double cx) {
        PlaceholderArt.fill(g, p.shape(), new RoundRectangle2D.Double(cx - 36, 66, 72, 50, 34, 34),
                new Rectangle2D.Double(cx - 7, 52, 14, 18), new Ellipse2D.Double(cx - 17, 14, 34, 44));
    }

    static void face(Graphics2D g, Palette p, double cx, boolean smiling) {
        PlaceholderArt.fill(g, p.shape(), new RoundRectangle2D.Double(cx - 42, 76, 84, 40, 30, 30),
                new Rectangle2D.Double(cx - 8, 60, 16, 20), new Ellipse2D.Double(cx - 21, 6, 42, 58));
        g.setColor(p.background());
        if (smiling) {
            g.draw(new Arc2D.Double(cx - 12, 28, 8, 8, 20, 140, Arc2D.OPEN));
            g.draw(new Arc2D.Double(cx + 4, 28, 8, 8, 20, 140, Arc2D.OPEN));
            g.setStroke(new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(new Arc2D.Double(cx - 11, 36, 22, 16, 200, 140, Arc2D.OPEN));
        } else {
            g.fill(new Ellipse2D.Double(cx - 11, 30, 7, 4));
            g.fill(new Ellipse2D.Double(cx + 4, 30, 7, 4));
            g.draw(new Line2D.Double(cx - 6, 48, cx + 6, 48));
        }
    }

    /** Facing left; the right profile is this one mirrored. */
    static void profile(Graphics2D g, Palette p, double cx) {
        Path2D nose = PlaceholderArt.polygon(cx - 15, 30, cx - 23, 41, cx - 14, 43);
        PlaceholderArt.fill(g, p.shape(), new RoundRectangle2D.Double(cx - 22, 66, 46, 50, 30, 30),
                new Rectangle2D.Double(cx - 4, 52, 14, 18), new Ellipse2D.Double(cx - 16, 14, 34, 44), nose);
        g.setColor(p.background());
        g.fill(new Ellipse2D.Double(cx - 10, 30, 4, 3));
    }

    static void threeQuarter(Graphics2D g, Palette p, double cx) {
        Path2D nose = PlaceholderArt.polygon(cx + 15, 31, cx + 21, 40, cx + 14, 41);
        PlaceholderArt.fill(g, p.shape(), new RoundRectangle2D.Double(cx - 30, 66, 62, 50, 34, 34),
                new Rectangle2D.Double(cx - 5, 52, 14, 18), new Ellipse2D.Double(cx - 15, 14, 34, 44), nose);
        g.setColor(p.background());
        g.fill(new Ellipse2D.Double(cx - 4, 31, 5, 3));
        g.fill(new Ellipse2D.Double(cx + 7, 31, 5, 3));
    }

    static void body(Graphics2D g, Palette p, double cx, boolean front) {
        PlaceholderArt.fill(g, p.shape(), new Ellipse2D.Double(cx - 7, 4, 14, 17), new Rectangle2D.Double(cx - 2.5, 19, 5, 4),
                new RoundRectangle2D.Double(cx - 13, 22, 26, 36, 8, 8),
                new RoundRectangle2D.Double(cx - 20, 23, 6, 32, 6, 6), new RoundRectangle2D.Double(cx + 14, 23, 6, 32, 6, 6),
                new RoundRectangle2D.Double(cx - 11, 56, 9, 40, 5, 5), new RoundRectangle2D.Double(cx + 2, 56, 9, 40, 5, 5));
        g.setColor(front ? p.background() : p.shade());
        if (front) {
            g.fill(new Ellipse2D.Double(cx - 4, 10, 2.5, 2));
            g.fill(new Ellipse2D.Double(cx + 1.5, 10, 2.5, 2));
        } else {
            g.draw(new Line2D.Double(cx, 25, cx, 55));
        }
    }

    static void actionPose(Graphics2D g, Palette p, double cx) {
        PlaceholderArt.fill(g, p.shape(), new Ellipse2D.Double(cx - 4, 4, 14, 17),
                PlaceholderArt.rotated(new RoundRectangle2D.Double(cx - 13, 22, 26, 36, 8, 8), 8, cx, 40),
                PlaceholderArt.rotated(new RoundRectangle2D.Double(cx + 12, 23, 6, 32, 6, 6), -140, cx + 15, 26),
                PlaceholderArt.rotated(new RoundRectangle2D.Double(cx - 20, 23, 6, 32, 6, 6), 25, cx - 17, 26),
                PlaceholderArt.rotated(new RoundRectangle2D.Double(cx - 11, 56, 9, 40, 5, 5), 22, cx - 6, 58),
                PlaceholderArt.rotated(new RoundRectangle2D.Double(cx + 2, 56, 9, 40, 5, 5), -18, cx + 6, 58));
    }
}
