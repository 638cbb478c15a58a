package dev.handbook.render;

import dev.handbook.markdown.HtmlEscaping;
import dev.handbook.markdown.MarkdownEngine;
import dev.handbook.site.Page;
import dev.handbook.site.Sidebar;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Function;
import io.pebbletemplates.pebble.extension.escaper.SafeString;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.unbescape.css.CssEscape;

/**
 * Draws pages with the theme's Pebble templates, autoescaping on; safe to use from many threads.
 *
 * <p>The sidebar's tree ({@code nav-tree.peb}) is drawn once for all the pages that show the same tree, with
 * {@link MarkdownEngine#ROOT_TOKEN} as its root and a token where {@code ariaCurrent(url)} is called; each page
 * then swaps in its own root and marks its own link as it is written. At 1,000 notes the tree was half of the
 * time spent in templates, drawn again for every page.
 */
public final class PageRenderer {

    /** The template that draws a sidebar's tree from {@code navigation}, {@code root} and {@code site}. */
    static final String NAV_TREE = "nav-tree";

    // Stands for " aria-current" on the page at the address between the renderer's prefix and TOKEN_END,
    // hex-coded so that no address can end a token early or put text of its own into the page. The prefix
    // carries a random number, so a note that writes a token into its text or an attribute only writes text.
    private static final String CURRENT_TOKEN = "__HBCURRENT_";
    private static final String TOKEN_END = "__";
    private static final String TOKENS = "__HB"; // what both tokens start with, so each piece is searched once
    private static final byte[] ARIA_CURRENT = " aria-current=\"page\"".getBytes(StandardCharsets.UTF_8);

    private final Theme theme;
    private final PebbleEngine engine;
    private final Map<String, Object> globals;
    private final Map<Sidebar, SafeString> sidebars = new ConcurrentHashMap<>();
    private final String currentPrefix;
    private final String notFoundRoot;
    private volatile boolean blankTree;

    /**
     * Escapes text for CSS as Pebble's own {@code css} strategy does (unbescape's identifier escaping), except
     * that a backslash is written as the hex escape <code>\5C&nbsp;</code>: the PDF renderer takes the usual
     * <code>\\</code> for a backslash that starts a hex escape, so a site title like <code>R\D</code> lost its
     * "\D" in every sheet's printed footer. Browsers read both forms alike.
     */
    static String escapeCss(String text) {
        String escaped = CssEscape.escapeCssIdentifier(text);
        return escaped.indexOf('\\') < 0 ? escaped : escaped.replace("\\\\", "\\5C ");
    }

    /** Compiles templates from the theme chain on first use and caches them; every link is relative. */
    public PageRenderer(Theme theme, Map<String, Object> globals) {
        this(theme, globals, null);
    }

    /**
     * Compiles templates from the theme chain on first use and caches them.
     *
     * @param globals values every template sees ({@code site}, {@code navigation}...)
     * @param notFoundRoot the root the 404 page links from, as it is served at any missing address; null for a
     *     relative one
     */
    public PageRenderer(Theme theme, Map<String, Object> globals, String notFoundRoot) {
        this.theme = theme;
        this.notFoundRoot = notFoundRoot;
        byte[] nonce = new byte[8];
        new SecureRandom().nextBytes(nonce);
        this.currentPrefix = CURRENT_TOKEN + HexFormat.of().formatHex(nonce) + "_";
        this.engine = new PebbleEngine.Builder()
                .loader(theme.templateLoader())
                .autoEscaping(true)
                // The same escaping as Pebble's own (unbescape's escapeHtml4Xml), in one pass.
                .addEscapingStrategy("html", text -> HtmlEscaping.escape(text, true))
                .addEscapingStrategy("css", PageRenderer::escapeCss)
                .strictVariables(false)
                .cacheActive(true)
                .extension(new AbstractExtension() {
                    @Override
                    public Map<String, Function> getFunctions() {
                        return Map.of("ariaCurrent", new AriaCurrent(currentPrefix));
                    }
                })
                .build();
        this.globals = Map.copyOf(globals);
    }

    /**
     * Renders one page as UTF-8 with its template; every internal link comes out relative to the page. The
     * template sees the globals, its model's components by name ({@link ModelVariables}), {@code page} and
     * {@code root}.
     *
     * @throws TemplateException when a template is missing or fails, with the template's name and line
     */
    public byte[] render(Page page) throws TemplateException {
        Map<String, Object> context = new HashMap<>(globals);
        ModelVariables.putInto(page.model(), context);
        context.put("page", page);
        String root = root(page);
        context.put("root", root);
        if (context.get("sidebar") instanceof Sidebar sidebar) {
            context.put("sidebar", sidebar.shared() ? drawnOnce(sidebar) : draw(sidebar));
        }
        // Escaped like {{ root }}: an absolute baseUrl (the 404 page's root) may hold an ampersand.
        PageWriter out = new PageWriter(HtmlEscaping.escape(root, true), currentPrefix, currentToken(currentPrefix,
                page.url()));
        evaluate(page.template(), context, out);
        return out.bytes();
    }

    // A tree many pages share is drawn by the first of them; a rare second drawing in a race gives the same.
    private SafeString drawnOnce(Sidebar sidebar) throws TemplateException {
        SafeString drawn = sidebars.get(sidebar);
        if (drawn == null) {
            drawn = draw(sidebar);
            sidebars.putIfAbsent(sidebar, drawn);
        }
        return drawn;
    }

    private SafeString draw(Sidebar sidebar) throws TemplateException {
        Map<String, Object> context = new HashMap<>(globals);
        context.put("navigation", sidebar.entries());
        context.put("root", MarkdownEngine.ROOT_TOKEN);
        StringWriter out = new StringWriter();
        evaluate(NAV_TREE, context, out);
        String tree = out.toString();
        if (tree.isBlank() && !sidebar.entries().isEmpty()) {
            blankTree = true;
        }
        return new SafeString(tree);
    }

    /**
     * Draws the sidebar the pages share, if they share one, so a tree that comes out blank is noticed even when
     * every page is taken from the build cache rather than drawn.
     */
    public void drawSharedSidebar() throws TemplateException {
        if (globals.get("sidebar") instanceof Sidebar sidebar && sidebar.shared()) {
            drawnOnce(sidebar);
        }
    }

    /**
     * The theme file of the sidebar's tree when it drew nothing for a tree with entries, else null: a theme's
     * {@code nav-tree.peb} written before it was drawn on its own only defines a macro, and prints nothing.
     */
    public String blankSidebarTemplate() {
        return blankTree ? theme.describe(NAV_TREE) : null;
    }

    private void evaluate(String name, Map<String, Object> context, Writer out) throws TemplateException {
        try {
            PebbleTemplate template = engine.getTemplate(name);
            template.evaluate(out, context);
        } catch (PebbleException e) {
            String file = e.getFileName() == null ? name : e.getFileName();
            throw new TemplateException(name, theme.describe(file), e.getLineNumber(), e.getPebbleMessage());
        } catch (IOException e) {
            throw new TemplateException(name, theme.describe(name), null, e.getMessage());
        }
    }

    private static String currentToken(String prefix, String url) {
        return prefix + HexFormat.of().formatHex(url.getBytes(StandardCharsets.UTF_8)) + TOKEN_END;
    }

    /** {@code ariaCurrent(url)}: {@code aria-current="page"} on the page at that address, nothing elsewhere. */
    private record AriaCurrent(String prefix) implements Function {
        @Override
        public List<String> getArgumentNames() {
            return List.of("url");
        }

        @Override
        public Object execute(Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int line) {
            Object url = args.get("url");
            return new SafeString(url == null ? "" : currentToken(prefix, url.toString()));
        }
    }

    private String root(Page page) {
        return notFoundRoot != null && page.url().equals("404.html") ? notFoundRoot : page.root();
    }

    /**
     * Takes the page as the template writes it, in pieces, and keeps it as UTF-8 with the page's own path to
     * the root in place of {@link MarkdownEngine#ROOT_TOKEN}, and {@code aria-current} in place of the page's
     * own current-page token (other pages' tokens are dropped). Encoding and swapping piece by piece replaces
     * three copies of the whole page (a string of it, the string with the root swapped in, its bytes) that
     * were a fifth of template time at 10,000 notes, and pages with one non-Latin character no longer turn
     * every later piece into two-byte characters. A token is always written in one piece: it only comes
     * from rendered Markdown, link addresses and {@code ariaCurrent}.
     */
    private static final class PageWriter extends Writer {
        private final byte[] root;
        private final String currentPrefix;
        private final String current;
        private byte[] bytes = new byte[16 * 1024];
        private int size;

        PageWriter(String root, String currentPrefix, String current) {
            this.root = root.getBytes(StandardCharsets.UTF_8);
            this.currentPrefix = currentPrefix;
            this.current = current;
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
            for (int at = piece.indexOf(TOKENS); at >= 0; at = piece.indexOf(TOKENS, from)) {
                int currentEnd = currentTokenEnd(piece, at);
                if (piece.startsWith(MarkdownEngine.ROOT_TOKEN, at)) {
                    text(piece, from, at);
                    put(root);
                    from = at + MarkdownEngine.ROOT_TOKEN.length();
                } else if (currentEnd >= 0) {
                    text(piece, from, at);
                    from = currentEnd + TOKEN_END.length();
                    if (from - at == current.length() && piece.startsWith(current, at)) {
                        put(ARIA_CURRENT);
                    }
                } else {
                    text(piece, from, at + TOKENS.length()); // text that only looks like a token
                    from = at + TOKENS.length();
                }
            }
            text(piece, from, piece.length());
        }

        // Where the current-page token at {@code at} ends (at its TOKEN_END), or -1 if there is none there.
        private int currentTokenEnd(String piece, int at) {
            if (!piece.startsWith(currentPrefix, at)) {
                return -1;
            }
            int end = at + currentPrefix.length();
            while (end < piece.length() && isLowerHex(piece.charAt(end))) {
                end++;
            }
            return piece.startsWith(TOKEN_END, end) ? end : -1;
        }

        private static boolean isLowerHex(char c) {
            return c >= '0' && c <= '9' || c >= 'a' && c <= 'f';
        }

        private void text(String piece, int from, int to) {
            if (from < to) {
                put((from == 0 && to == piece.length() ? piece : piece.substring(from, to))
                        .getBytes(StandardCharsets.UTF_8));
            }
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
