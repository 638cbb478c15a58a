package dev.handbook.output;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The Liberation fonts (SIL OFL, from openpdf-fonts-extra), embedded as subsets in every PDF so a sheet looks
 * the same on every machine and printer. The sheet CSS asks for Liberation Sans; the serif and mono families
 * stand in for CSS's generic families, so a theme that asks for {@code serif} or {@code monospace} still gets
 * an embedded font rather than one of the PDF viewer's standard fonts.
 */
final class PdfFonts {

    /** The family the default sheet CSS asks for. */
    static final String SANS = "Liberation Sans";

    private record Family(String file, List<String> names) {
    }

    private record Face(String suffix, int weight, FontStyle style) {
    }

    // openhtmltopdf looks the generic families up as SansSerif, Serif and Monospaced; the other names are the
    // ones its standard fonts answer to, which would otherwise be drawn unembedded.
    private static final List<Family> FAMILIES = List.of(
            new Family("LiberationSans", List.of(SANS, "SansSerif", "Arial", "Helvetica", "Dialog")),
            new Family("LiberationSerif", List.of("Liberation Serif", "Serif", "Times New Roman", "Times",
                    "TimesRoman")),
            new Family("LiberationMono", List.of("Liberation Mono", "Monospaced", "Courier New", "Courier",
                    "DialogInput")));

    private static final List<Face> FACES = List.of(
            new Face("Regular", 400, FontStyle.NORMAL),
            new Face("Bold", 700, FontStyle.NORMAL),
            new Face("Italic", 400, FontStyle.ITALIC),
            new Face("BoldItalic", 700, FontStyle.ITALIC));

    // A font file is read on first use and then shared by every document of the build.
    private final Map<String, byte[]> files = new ConcurrentHashMap<>();
    private final ThreadLocal<Map<String, TrueTypeFont>> parsed = ThreadLocal.withInitial(HashMap::new);

    /** Checks that the fonts are on the class path, reading the one every sheet uses. */
    static PdfFonts load() throws IOException {
        PdfFonts fonts = new PdfFonts();
        try {
            fonts.bytes("LiberationSans-Regular.ttf");
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return fonts;
    }

    /**
     * Registers every face under each of its family's names for one document; a face is loaded into the
     * document only when the sheet uses it, and then once, whichever of its names the CSS asked for.
     */
    void register(PdfRendererBuilder builder, PDDocument document) {
        Map<String, PDFont> loaded = new HashMap<>();
        for (Family family : FAMILIES) {
            for (Face face : FACES) {
                String file = family.file() + "-" + face.suffix() + ".ttf";
                for (String name : family.names()) {
                    builder.useFont(new PDFontSupplier(null) {
                        @Override
                        public PDFont supply() {
                            return loaded.computeIfAbsent(file, f -> load(document, f));
                        }
                    }, name, face.weight(), face.style(), true);
                }
            }
        }
    }

    // Parsing a font file is most of the cost of embedding it, and every sheet embeds the same few: each thread
    // parses a file once and reuses it for every document it renders (a parsed font is not safe to share
    // between threads; PDFBox does not close a font it was handed, so it outlives each document).
    private PDFont load(PDDocument document, String file) {
        try {
            TrueTypeFont font = parsed.get().get(file);
            if (font == null) {
                font = new TTFParser().parse(new RandomAccessReadBuffer(bytes(file)));
                // No glyph substitution: for Latin text it only makes fi/fl ligatures, and PDFBox compiles a
                // regex for it on every string it draws (a third of all PDF time). Without ligatures the
                // sheet's text also copies and searches as typed.
                font.setEnableGsub(false);
                parsed.get().put(file, font);
            }
            return PDType0Font.load(document, font, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bytes of one of the Liberation files, such as {@code LiberationSans-Bold.ttf}. */
    byte[] bytes(String file) {
        return files.computeIfAbsent(file, name -> {
            try (InputStream in = PdfFonts.class.getResourceAsStream("/liberation/" + name)) {
                if (in == null) {
                    throw new IOException("font liberation/" + name + " is not on the class path"
                            + " (it comes with com.github.librepdf:openpdf-fonts-extra)");
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
