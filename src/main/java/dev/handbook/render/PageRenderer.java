package dev.handbook.render;

import dev.handbook.config.SiteConfig;
import dev.handbook.markdown.HtmlEscaping;
import dev.handbook.markdown.MarkdownEngine;
import dev.handbook.site.Page;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/** Draws pages with the theme's Pebble templates, autoescaping on; safe to use from many threads. */
public final class PageRenderer {

    private final Theme theme;
    private final PebbleEngine engine;
    private final Map<String, Object> globals;

    /**
     * Compiles templates from the theme chain on first use and caches them.
     *
     * @param globals values every template sees ({@code site}, {@code navigation}...)
     */
    public PageRenderer(Theme theme, Map<String, Object> globals) {
        this.theme = theme;
        this.engine = new PebbleEngine.Builder()
                .loader(theme.templateLoader())
                .autoEscaping(true)
                // The same escaping as Pebble's own (unbescape's escapeHtml4Xml), in one pass.
                .addEscapingStrategy("html", text -> HtmlEscaping.escape(text, true))
                .strictVariables(false)
                .cacheActive(true)
                .build();
        this.globals = Map.copyOf(globals);
    }

    /**
     * Renders one page as UTF-8; every internal link comes out relative to the page.
     *
     * @throws TemplateException when a template is missing or fails, with the template's name and line
     */
    public byte[] render(Page page) throws TemplateException {
        Map<String, Object> context = new HashMap<>(globals);
        context.putAll(page.model());
        context.put("page", page);
        String root = root(page);
        context.put("root", root);
        PageWriter out = new PageWriter(root);
        try {
            PebbleTemplate template = engine.getTemplate(page.template());
            template.evaluate(out, context);
        } catch (PebbleException e) {
            String name = e.getFileName() == null ? page.template() : e.getFileName();
            throw new TemplateException(page.template(), theme.describe(name), e.getLineNumber(), e.getPebbleMessage());
        } catch (IOException e) {
            throw new TemplateException(page.template(), theme.describe(page.template()), null, e.getMessage());
        }
        return out.bytes();
    }

    // The 404 page is served at any missing address, so relative links cannot work there: use the
    // absolute baseUrl when there is one.
    private String root(Page page) {
        if (page.url().equals("404.html") && globals.get("site") instanceof SiteConfig config
                && config.hasAbsoluteBaseUrl()) {
            return config.baseUrl();
        }
        return page.root();
    }

    /**
     * Takes the page as the template writes it, in pieces, and keeps it as UTF-8 with the page's own path to
     * the root in place of {@link MarkdownEngine#ROOT_TOKEN}. Encoding and swapping piece by piece replaces
     * three copies of the whole page (a string of it, the string with the root swapped in, its bytes) that
     * were a fifth of template time at 10,000 notes, and pages with one non-Latin character no longer turn
     * every later piece into two-byte characters. A token is always written in one piece: it only comes
     * from rendered Markdown and from link addresses.
     */
    private static final class PageWriter extends Writer {
        private final byte[] root;
        private byte[] bytes = new byte[16 * 1024];
        private int size;

        PageWriter(String root) {
            this.root = root.getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public void write(char[] chars, int offset, int length) {
            append(new String(chars, offset, length));
        }

        @Override
        public void write(String string) {
            append(string);
        }

        @Override
        public void write(String string, int offset, int length) {
            append(string.substring(offset, offset + length));
        }

        @Override
        public void write(int c) {
            append(String.valueOf((char) c));
        }

        private void append(String piece) {
            int from = 0;
            for (int at = piece.indexOf(MarkdownEngine.ROOT_TOKEN); at >= 0;
                 at = piece.indexOf(MarkdownEngine.ROOT_TOKEN, from)) {
                put((from == 0 ? piece.substring(0, at) : piece.substring(from, at)).getBytes(StandardCharsets.UTF_8));
                put(root);
                from = at + MarkdownEngine.ROOT_TOKEN.length();
            }
            put((from == 0 ? piece : piece.substring(from)).getBytes(StandardCharsets.UTF_8));
        }

        private void put(byte[] piece) {
            if (size + piece.length > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + piece.length));
            }
            System.arraycopy(piece, 0, bytes, size, piece.length);
            size += piece.length;
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }

        byte[] bytes() {
            return Arrays.copyOf(bytes, size);
        }
    }

    /** A template that cannot be found or evaluated. */
    public static final class TemplateException extends Exception {
        private final String file;
        private final int line;

        TemplateException(String template, String file, Integer line, String message) {
            super("template '" + template + "': " + message);
            this.file = file == null ? template : file;
            this.line = line == null ? 0 : line;
        }

        /** The template file that failed. */
        public String file() {
            return file;
        }

        /** The 1-based line in the template, or 0. */
        public int line() {
            return line;
        }
    }
}
