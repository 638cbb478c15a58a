package dev.handbook.config;

/** WCAG 2 contrast ratios between two {@code #RRGGBB} colours. */
final class Contrast {

    /** WCAG AA's minimum for normal-size text. */
    static final double AA = 4.5;

    private Contrast() {
    }

    /** The contrast ratio of two colours, from 1 (none) to 21 (black on white). */
    static double ratio(String first, String second) {
        double a = luminance(first);
        double b = luminance(second);
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    // Relative luminance as WCAG 2 defines it, from the sRGB channels.
    private static double luminance(String color) {
        int rgb = Integer.parseInt(color.substring(1, 7), 16);
        return 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
    }

    private static double channel(int value) {
        double c = (value & 0xFF) / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
