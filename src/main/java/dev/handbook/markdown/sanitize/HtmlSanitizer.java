package dev.handbook.markdown.sanitize;

import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.LinkNodeBase;
import com.vladsch.flexmark.ast.RefNode;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.util.ast.Node;
import dev.handbook.config.RemoteResources;
import dev.handbook.config.SiteConfig;
import dev.handbook.diagnostics.Diagnostics;
import dev.handbook.markdown.Descendants;
import dev.handbook.markdown.LinkTable;
import dev.handbook.markdown.MarkdownEngine;
import dev.handbook.markdown.ParsedNote;
import dev.handbook.markdown.highlight.HighlightrMarks;
import dev.handbook.markdown.wikilink.LinkResolution;
import dev.handbook.markdown.wikilink.WikiLink;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Tag;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Keeps raw HTML in notes to an allowlist of ordinary formatting, and turns Highlightr's
 * {@code <mark style="background: #RRGGBBAA">} into a {@code <mark class="hl-…">} of the palette.
 */
public final class HtmlSanitizer {

    private static final String BASE = "https://handbook.invalid/";
    private static final Pattern BACKGROUND = Pattern.compile(
            "background(?:-color)?\\s*:\\s*(#[0-9a-fA-F]{3,8})\\b", Pattern.CASE_INSENSITIVE);
    private static final String CUSTOM_COLOR = "data-hl-color";

    private final Safelist safelist;
    private final HighlightrMarks marks;
    private final RemoteImages remoteImages;

    /** Creates a sanitiser that maps mark colours through the palette and treats remote images by the policy. */
    public HtmlSanitizer(SiteConfig.Highlights highlights, RemoteResources remoteResources) {
        this.marks = new HighlightrMarks(highlights);
        this.remoteImages = new RemoteImages(remoteResources);
        this.safelist = Safelist.relaxed()
                .preserveRelativeLinks(true)
                .addTags("mark", "del", "s", "ins", "kbd", "abbr", "hr", "details", "summary", "figure",
                        "figcaption", "input", "section", "aside", "var", "samp", "time", "nav", "header")
                .addAttributes(":all", "class", "id", "title", "lang", "dir", "role", "aria-hidden", "aria-label")
                .addAttributes("a", "data-note", "aria-describedby")
                .addAttributes("input", "type", "checked", "disabled")
                .addAttributes("td", "align")
                .addAttributes("th", "align")
                .addAttributes("img", "loading")
                .addAttributes("details", "open", "data-callout")
                .addAttributes("div", "data-callout")
                // Images may be inline data (a pasted screenshot); links may not, as a data: page can run script.
                .addProtocols("img", "src", "data")
                .addAttributes("time", "datetime")
                .addAttributes("mark", CUSTOM_COLOR);
    }

    /**
     * True when a subtree, or a note it embeds, holds raw HTML or a link address the allowlist refuses
     * ({@code javascript:}, {@code data:}): the only ways into the page that the renderer does not make safe.
     */
    public boolean needsCleaning(Node node, LinkTable links) {
        return needsCleaning(node, links, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    private boolean needsCleaning(Node node, LinkTable links, Set<Node> seen) {
        if (!seen.add(node)) {
            return false; // an embed cycle: this part is already being checked
        }
        if (isUnsafe(node)) {
            return true;
        }
        for (Node descendant : Descendants.of(node)) {
            if (isUnsafe(descendant)) {
                return true;
            }
            // An embed draws nodes of another note, which are not descendants of this one.
            LinkResolution resolution = descendant instanceof WikiLink link && link.isEmbed()
                    ? links.resolution(link) : null;
            if (resolution != null) {
                for (Node embedded : resolution.embedded()) {
                    if (needsCleaning(embedded, links, seen)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private boolean isUnsafe(Node node) {
        return isRawHtml(node) || unsafeUrl(node) != null || remoteImages.blocks(node);
    }

    // The base classes, so HTML comments count too: a comment block runs to the end of its line, which may hold a
    // tag. A Highlightr mark taken as a mark of the palette is drawn safe already.
    static boolean isRawHtml(Node node) {
        return node instanceof HtmlBlockBase || node instanceof HtmlInlineBase && HighlightrMarks.drawn(node) == null;
    }

    /** Takes a parsed note's plain Highlightr marks as marks of the palette (see {@link HighlightrMarks}). */
    public void takeMarks(com.vladsch.flexmark.util.ast.Document document) {
        marks.take(document);
    }

    // The address of a Markdown link, image, autolink or reference that the allowlist would drop, else null.
    private String unsafeUrl(Node node) {
        LinkNodeBase link = null;
        if (node instanceof LinkNodeBase base) {
            link = base;
        } else if (node instanceof RefNode ref) {
            link = ref.getReferenceNode(ref.getDocument());
        }
        if (link == null) {
            return null;
        }
        // As the renderer writes it: entities and backslash escapes decoded.
        String url = link.getUrl().unescape();
        boolean image = node instanceof Image || node instanceof ImageRef;
        return isSafeUrl(image ? "img" : "a", image ? "src" : "href", url) ? null : url;
    }

    private boolean isSafeUrl(String tag, String attribute, String url) {
        Element element = new Element(Tag.valueOf(tag), BASE).attr(attribute, url);
        return safelist.isSafeAttribute(tag, element, element.attributes().asList().get(0));
    }

    /** Cleans rendered HTML against the allowlist, mapping mark colours to palette classes. */
    public String clean(String html) {
        return clean(html, Map.of());
    }

    /**
     * Cleans rendered HTML, and points the links and images of its raw HTML where the links stage resolved
     * them ({@code addresses}, by the address as written): one that leads nowhere is shown as its text.
     */
    public String clean(String html, Map<String, String> addresses) {
        Document dirty = Jsoup.parseBodyFragment(html, BASE);
        for (Element element : dirty.getAllElements()) {
            // jsoup's cleaner looks up each element's base address through all its ancestors, quadratic for 10,000
            // tags left open and so nested 10,000 deep. Each element holding it ends the search at once.
            element.setBaseUri(BASE);
        }
        for (Element mark : dirty.select("mark")) {
            classifyMark(mark);
        }
        Document clean = new Cleaner(safelist).clean(dirty);
        for (Element mark : clean.select("mark[" + CUSTOM_COLOR + "]")) {
            String color = mark.attr(CUSTOM_COLOR);
            mark.removeAttr(CUSTOM_COLOR);
            if (HighlightrMarks.isHex(color)) {
                mark.attr("style", "background-color: " + color);
            }
        }
        remoteImages.block(clean.body());
        if (!addresses.isEmpty()) {
            readdress(clean, addresses);
        }
        clean.outputSettings().prettyPrint(false);
        return clean.body().html();
    }

    private static void readdress(Document page, Map<String, String> addresses) {
        for (Element element : page.select("a[href], img[src]")) {
            String attribute = element.hasAttr("href") ? "href" : "src";
            String resolved = addresses.get(element.attr(attribute));
            if (resolved == null) {
                continue;
            }
            if (!resolved.equals(MarkdownEngine.MISSING_URL)) {
                element.attr(attribute, resolved);
                continue;
            }
            Element text = new Element("span").addClass("unresolved")
                    .attr("title", MarkdownEngine.missingTitle(element.attr(attribute)));
            if (element.normalName().equals("img")) {
                text.text(element.attr("alt"));
            } else {
                text.appendChildren(element.childNodesCopy());
            }
            element.replaceWith(text);
        }
    }

    private void classifyMark(Element mark) {
        Matcher background = BACKGROUND.matcher(mark.attr("style"));
        mark.removeAttr(CUSTOM_COLOR);
        if (background.find()) {
            String color = background.group(1);
            String paletteClass = marks.paletteClass(color);
            if (paletteClass != null) {
                mark.addClass(paletteClass);
            } else if (HighlightrMarks.isHex(color)) {
                mark.addClass("hl-custom").attr(CUSTOM_COLOR, color);
            }
        } else if (mark.classNames().stream().noneMatch(name -> name.startsWith("hl-"))) {
            mark.addClass(marks.defaultClass());
        }
        mark.removeAttr("style");
    }

    /** Warns, under the {@code warn} policy, about each address in the note that loads an image from another server. */
    public void reportRemoteImages(ParsedNote parsed, Diagnostics diagnostics) {
        remoteImages.report(parsed, diagnostics);
    }

    /** Warns, at the line of the raw HTML or link, about each element, attribute or address the allowlist will drop. */
    public void reportUnsafeHtml(ParsedNote parsed, Diagnostics diagnostics) {
        for (Node node : Descendants.of(parsed.document())) {
            // A reference's address is reported where it is defined, not at each use.
            String url = node instanceof RefNode ? null : unsafeUrl(node);
            if (url != null) {
                int offset = node.getStartOffset();
                diagnostics.warning(parsed.note().displayPath(), parsed.line(offset), parsed.column(offset),
                        (node instanceof Reference ? "link reference to " : "link to ") + url
                                + " removed: only web, mail and page addresses are kept");
                continue;
            }
            if (!isRawHtml(node)) {
                continue;
            }
            Document fragment = Jsoup.parseBodyFragment(node.getChars().toString(), BASE);
            for (Element element : fragment.body().getAllElements()) {
                if (element == fragment.body()) {
                    continue;
                }
                String tag = element.normalName();
                String where = parsed.note().displayPath();
                int offset = node.getStartOffset();
                if (!safelist.isSafeTag(tag)) {
                    diagnostics.warning(where, parsed.line(offset), parsed.column(offset),
                            "raw <" + tag + "> removed: only ordinary formatting HTML is kept");
                    continue;
                }
                for (Attribute attribute : element.attributes()) {
                    String name = attribute.getKey().toLowerCase(Locale.ROOT);
                    boolean markStyle = tag.equals("mark") && name.equals("style");
                    if (markStyle && !HighlightrMarks.isHexBackgroundOnly(attribute.getValue())) {
                        diagnostics.warning(where, parsed.line(offset), parsed.column(offset),
                                "style on <mark> reduced to its class: only a hex background colour is kept");
                    } else if (!markStyle && !safelist.isSafeAttribute(tag, element, attribute)) {
                        diagnostics.warning(where, parsed.line(offset), parsed.column(offset),
                                "attribute '" + name + "' removed from <" + tag + ">");
                    }
                }
            }
        }
    }
}
