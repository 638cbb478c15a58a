package dev.handbook.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.fontbox.FontBoxFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.font.CIDFontMapping;
import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.apache.pdfbox.pdmodel.font.PDCIDSystemInfo;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;

/**
 * Answers PDFBox's requests for fonts a PDF does not embed with the bundled Liberation fonts. openhtmltopdf
 * sets up the standard PDF fonts (Helvetica, Times, Symbol...) for every document, though a sheet never
 * draws with them; PDFBox's own mapper would then scan the system's fonts, write a cache file into the
 * user's home and warn on the console about each font it cannot find.
 */
final class BundledFontMapper implements FontMapper {

    // Parsed once and shared, as PDFBox's own mapper shares the fonts it finds.
    private final Map<String, TrueTypeFont> fonts = new ConcurrentHashMap<>();
    private final PdfFonts files;

    private BundledFontMapper(PdfFonts files) {
        this.files = files;
    }

    /** Makes this PDFBox's font mapper for the rest of the JVM's life, once; later calls change nothing. */
    static synchronized void install(PdfFonts files) {
        if (!(FontMappers.instance() instanceof BundledFontMapper)) {
            FontMappers.set(new BundledFontMapper(files));
        }
    }

    @Override
    public FontMapping<TrueTypeFont> getTrueTypeFont(String baseFont, PDFontDescriptor descriptor) {
        return new FontMapping<>(font(baseFont), false);
    }

    @Override
    public FontMapping<FontBoxFont> getFontBoxFont(String baseFont, PDFontDescriptor descriptor) {
        // Liberation is metric-compatible with Helvetica, Times and Courier, so this is no fallback for those;
        // Symbol and ZapfDingbats get Liberation Sans, which is harmless because no sheet draws with them.
        return new FontMapping<>(font(baseFont), false);
    }

    @Override
    public CIDFontMapping getCIDFont(String baseFont, PDFontDescriptor descriptor, PDCIDSystemInfo info) {
        return new CIDFontMapping(null, font(baseFont), true);
    }

    private TrueTypeFont font(String baseFont) {
        return fonts.computeIfAbsent(file(baseFont), file -> {
            try {
                return new TTFParser().parse(new RandomAccessReadBuffer(files.bytes(file)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The Liberation file that stands in for a PDF font name such as {@code Times-BoldItalic}. */
    static String file(String baseFont) {
        String name = baseFont == null ? "" : baseFont.toLowerCase(Locale.ROOT);
        String family = name.contains("times") || (name.contains("serif") && !name.contains("sans"))
                ? "LiberationSerif" : name.contains("courier") || name.contains("mono") ? "LiberationMono"
                : "LiberationSans";
        boolean bold = name.contains("bold");
        boolean italic = name.contains("italic") || name.contains("oblique");
        String face = bold && italic ? "BoldItalic" : bold ? "Bold" : italic ? "Italic" : "Regular";
        return family + "-" + face + ".ttf";
    }
}
