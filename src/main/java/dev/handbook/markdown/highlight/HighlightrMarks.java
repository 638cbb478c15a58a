package dev.handbook.markdown.highlight;

import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataKey;
import dev.handbook.config.ConfigLoader;
import dev.handbook.config.SiteConfig;
import dev.handbook.markdown.Descendants;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Highlightr's raw {@code <mark style="background: #RRGGBBAA">} tags as marks of the palette, so a note
 * whose only HTML is such marks is drawn without running the HTML sanitiser over the whole note.
 *
 * <p>Only the plain forms are taken: {@code <mark>} with no attribute or with a style that is one hex
 * background, closed by {@code </mark>} among the same inline siblings on the same line. Anything else stays
 * raw HTML and goes through the sanitiser, which draws the same marks from it.
 */
public final class HighlightrMarks {

    private static final Pattern ANY_MARK_TAG = Pattern.compile("</?mark\\b.*", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern OPEN = Pattern.compile(
            "<mark(?:\\s+style\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'))?\\s*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern CLOSE = Pattern.compile("</mark\\s*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern VALID_HEX = Pattern.compile("#(?:[0-9a-fA-F]{3,4}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})");
    // A mark style that is kept whole: one hex background and nothing else.
    private static final Pattern HEX_BACKGROUND_ONLY = Pattern.compile(
            "\\s*background(?:-color)?\\s*:\\s*(" + VALID_HEX.pattern() + ")\\s*;?\\s*", Pattern.CASE_INSENSITIVE);
    // The HTML each taken tag is drawn as, per document (set by take, empty when a note has none).
    private static final DataKey<Map<Node, String>> TAKEN = new DataKey<>("HANDBOOK_HIGHLIGHTR_MARKS", Map.of());

    private final Map<String, String> classByColor = new HashMap<>();
    private final String defaultClass;

    /** Marks drawn with the classes of the site's palette. */
    public HighlightrMarks(SiteConfig.Highlights highlights) {
        for (SiteConfig.HighlightColor color : highlights.palette()) {
            classByColor.put(color.color(), "hl-" + color.name());
        }
        this.defaultClass = "hl-" + highlights.defaultName();
    }

    /** The HTML a raw tag of a parsed note is drawn as, or null when it is not a mark taken here. */
    public static String drawn(Node node) {
        return node instanceof HtmlInline ? node.getDocument().get(TAKEN).get(node) : null;
    }

    /** The palette class of a hex colour, or null when the palette has no such colour. */
    public String paletteClass(String color) {
        return color.length() >= 7 ? classByColor.get(ConfigLoader.normaliseColor(color)) : null;
    }

    /** The class a mark without a colour gets. */
    public String defaultClass() {
        return defaultClass;
    }

    /** Finds the plain mark tags of a document whose opening and closing tags pair up within a line. */
    public void take(Document document) {
        Map<Node, List<HtmlInline>> byLine = new LinkedHashMap<>();
        // The last line break seen among each parent's children, kept as the walk goes: walking back to it from
        // every tag would be quadratic in the tags on one line.
        Map<Node, Node> lastBreak = new IdentityHashMap<>();
        for (Node node : Descendants.of(document)) {
            if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
                lastBreak.put(node.getParent(), node);
            } else if (node instanceof HtmlInline tag && ANY_MARK_TAG.matcher(tag.getChars()).matches()) {
                Node lineStart = lastBreak.getOrDefault(tag.getParent(), tag.getParent());
                byLine.computeIfAbsent(lineStart, start -> new ArrayList<>()).add(tag);
            }
        }
        Map<Node, String> taken = new IdentityHashMap<>();
        for (List<HtmlInline> tags : byLine.values()) {
            Map<Node, String> drawn = pairedUp(tags);
            if (drawn != null) {
                taken.putAll(drawn);
            }
        }
        // Set even when empty: reading an absent key writes its default into the document, which would race
        // when pages embedding this note are drawn side by side.
        document.set(TAKEN, taken.isEmpty() ? Map.of() : taken);
    }

    // The drawn form of each tag among one line's siblings, or null unless all are plain and pair up.
    private Map<Node, String> pairedUp(List<HtmlInline> tags) {
        Map<Node, String> drawn = new IdentityHashMap<>();
        int open = 0;
        for (HtmlInline tag : tags) {
            String text = tag.getChars().toString();
            if (CLOSE.matcher(text).matches()) {
                if (--open < 0) {
                    return null;
                }
                drawn.put(tag, "</mark>");
                continue;
            }
            Matcher opening = OPEN.matcher(text);
            if (!opening.matches()) {
                return null;
            }
            String style = opening.group(1) != null ? opening.group(1) : opening.group(2);
            String html = style == null ? "<mark class=\"" + defaultClass + "\">" : opening(style);
            if (html == null) {
                return null;
            }
            drawn.put(tag, html);
            open++;
        }
        return open == 0 ? drawn : null;
    }

    /** True for a colour written as CSS hex: 3, 4, 6 or 8 digits after {@code #}. */
    public static boolean isHex(String color) {
        return VALID_HEX.matcher(color).matches();
    }

    /** True for a mark's style that is one hex background and nothing else, which is kept whole. */
    public static boolean isHexBackgroundOnly(String style) {
        return HEX_BACKGROUND_ONLY.matcher(style).matches();
    }

    // A palette class for a palette colour, the custom class and the colour itself otherwise; null when the
    // style is more than a hex background (the sanitiser reduces and reports those).
    private String opening(String style) {
        Matcher background = HEX_BACKGROUND_ONLY.matcher(style);
        if (!background.matches()) {
            return null;
        }
        String color = background.group(1);
        String paletteClass = paletteClass(color);
        return paletteClass != null ? "<mark class=\"" + paletteClass + "\">"
                : "<mark class=\"hl-custom\" style=\"background-color: " + color + "\">";
    }
}
