package dev.handbook;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** Writes brand files for tests: a small PNG logo, made here so no binary fixture is needed. */
public final class BrandFiles {

    private BrandFiles() {
    }

    /** Writes a 120×40 PNG in the given colour. */
    public static Path png(Path file, Color color) {
        BufferedImage image = new BufferedImage(120, 40, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(color);
        graphics.fillRect(0, 0, 120, 40);
        graphics.dispose();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return TestSites.writeBytes(file, bytes.toByteArray());
    }

    /** Writes a tiny SVG logo. */
    public static Path svg(Path file) {
        return TestSites.write(file, "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"30\""
                + " height=\"10\"><rect width=\"30\" height=\"10\" fill=\"#C8102E\"/></svg>\n");
    }
}
