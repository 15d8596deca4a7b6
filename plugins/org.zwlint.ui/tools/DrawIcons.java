import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;

import javax.imageio.ImageIO;

/**
 * Draws ZwLint's icons (16x16 and @2x): a rounded badge with a "Z" whose diagonal is a small
 * step, for the markers in three severity colours and for the ZwLint view. Run from the bundle
 * directory: java tools/DrawIcons.java
 */
public final class DrawIcons {
    public static void main(String[] args) throws IOException {
        for (int scale : new int[] {1, 2}) {
            String suffix = scale == 1 ? "" : "@2x";
            badge(scale, new Color(0xC6, 0x28, 0x28), "icons/marker_error" + suffix + ".png");
            badge(scale, new Color(0xE0, 0x8E, 0x0B), "icons/marker_warning" + suffix + ".png");
            badge(scale, new Color(0x1E, 0x6F, 0xC8), "icons/marker_info" + suffix + ".png");
            badge(scale, new Color(0x1B, 0x7F, 0x6E), "icons/zwlint_view" + suffix + ".png");
        }
    }

    private static void badge(int scale, Color fill, String path) throws IOException {
        int size = 16 * scale;
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.scale(scale, scale);
        g.setColor(fill);
        g.fill(new RoundRectangle2D.Double(1, 1, 14, 14, 5, 5));
        g.setColor(fill.darker());
        g.setStroke(new BasicStroke(1f));
        g.draw(new RoundRectangle2D.Double(1.5, 1.5, 13, 13, 5, 5));
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(1.8f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        Path2D z = new Path2D.Double();
        z.moveTo(4.5, 4.5);
        z.lineTo(11.5, 4.5);
        z.lineTo(4.5, 11.5);
        z.lineTo(11.5, 11.5);
        g.draw(z);
        g.dispose();
        ImageIO.write(image, "png", new File(path));
    }
}
