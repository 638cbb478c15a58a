package dev.handbook.markdown.sanitize;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.util.ast.Node;
import dev.handbook.config.RemoteResources;
import dev.handbook.diagnostics.Diagnostics;
import dev.handbook.markdown.Descendants;
import dev.handbook.markdown.ParsedNote;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Applies the site's {@link RemoteResources} policy to the images of notes that load from another server: each
 * such load tells that server who read the page. Images are the only resource the raw-HTML allowlist lets
 * through ({@code <iframe>}, {@code <video>}, {@code <audio>}, {@code <source>}, {@code srcset} and styles are
 * removed by it), so they are all this has to watch.
 */
final class RemoteImages {

    // Browsers drop leading C0 controls and spaces and every tab and line break from an address before reading it.
    private static final Pattern IGNORED = Pattern.compile("^[\\x00-\\x20]+|[\\t\\n\\r]");
    private static final Pattern WEB_SCHEME = Pattern.compile("(?i)https?:.*");

    private final RemoteResources policy;

    RemoteImages(RemoteResources policy) {
        this.policy = policy;
    }

    /**
     * True when a browser loads this address from another server: an http(s) address, or one that starts with
     * two slashes ({@code //host/x}; a browser reads a backslash there as a slash). The allowlist drops other
     * schemes, and {@code data:} and relative addresses stay in the handbook.
     */
    static boolean isRemote(String url) {
        String read = IGNORED.matcher(url).replaceAll("").replace('\\', '/');
        return read.startsWith("//") || WEB_SCHEME.matcher(read).matches();
    }

    /** True when this Markdown image loads from another server and the policy shows it as a link instead. */
    boolean blocks(Node node) {
        String url = policy == RemoteResources.BLOCK ? markdownImageUrl(node) : null;
        return url != null && isRemote(url);
    }

    /** Warns once per address at its first Markdown image or raw {@code <img>} in the note, under {@code warn}. */
    void report(ParsedNote parsed, Diagnostics diagnostics) {
        if (policy != RemoteResources.WARN) {
            return;
        }
        Set<String> reported = new HashSet<>();
        for (Node node : Descendants.of(parsed.document())) {
            String url = markdownImageUrl(node);
            if (url != null && isRemote(url) && reported.add(url.strip())) {
                warn(parsed, node.getStartOffset(), url.strip(), diagnostics);
            } else if (HtmlSanitizer.isRawHtml(node)) {
                String html = node.getChars().toString();
                Document fragment = Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true));
                for (Element img : fragment.select("img[src]")) {
                    String src = img.attr("src").strip();
                    if (isRemote(src) && reported.add(src)) {
                        // The tag's own line, not the start of a raw HTML block that may run over many lines.
                        int within = img.sourceRange().isTracked() ? img.sourceRange().startPos() : 0;
                        warn(parsed, node.getStartOffset() + within, src, diagnostics);
                    }
                }
            }
        }
    }

    private static void warn(ParsedNote parsed, int offset, String url, Diagnostics diagnostics) {
        diagnostics.warning(parsed.note().displayPath(), parsed.line(offset), parsed.column(offset), "the image "
                + url + " is loaded from another server, which learns who reads this page; put the image in the"
                + " vault, or set 'remoteResources' in site.yml to block (show a link) or allow");
    }

    /** Shows each remote image of cleaned HTML as a link to its address with its alt text (as text in a link). */
    void block(Element html) {
        if (policy != RemoteResources.BLOCK) {
            return;
        }
        for (Element img : html.select("img[src]")) {
            String src = img.attr("src").strip();
            if (!isRemote(src)) {
                continue;
            }
            String alt = img.attr("alt").isBlank() ? src : img.attr("alt");
            // A link may not hold a link: an image inside one (a badge) becomes its text.
            Element shown = img.closest("a") != null ? new Element("span")
                    : new Element("a").attr("href", src).attr("rel", "noreferrer");
            shown.addClass("remote-image").attr("title", "Image not loaded from " + src).text(alt);
            img.replaceWith(shown);
        }
    }

    // The address of a Markdown image (a reference image's from its definition), as the renderer writes it.
    private static String markdownImageUrl(Node node) {
        if (node instanceof Image image) {
            return image.getUrl().unescape();
        }
        if (node instanceof ImageRef ref) {
            Reference reference = ref.getReferenceNode(ref.getDocument());
            return reference == null ? null : reference.getUrl().unescape();
        }
        return null;
    }
}
