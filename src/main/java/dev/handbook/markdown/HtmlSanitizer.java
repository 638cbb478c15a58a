package dev.handbook.markdown;

import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.util.ast.Node;
import dev.handbook.config.ConfigLoader;
import dev.handbook.config.SiteConfig;
import dev.handbook.diagnostics.Diagnostics;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
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
    private static final Pattern VALID_HEX = Pattern.compile("#(?:[0-9a-fA-F]{3,4}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})");
    private static final String CUSTOM_COLOR = "data-hl-color";

    private final Safelist safelist;
    private final Map<String, String> classByColor = new HashMap<>();
    private final String defaultClass;

    /** Creates a sanitiser that maps mark colours through the configured palette. */
    public HtmlSanitizer(SiteConfig.Highlights highlights) {
        for (SiteConfig.HighlightColor color : highlights.palette()) {
            classByColor.put(color.color(), "hl-" + color.name());
        }
        this.defaultClass = "hl-" + highlights.defaultName();
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
                .addAttributes("details", "open")
                .addAttributes("time", "datetime")
                .addAttributes("mark", CUSTOM_COLOR);
    }

    /** True when a subtree holds raw HTML, the only source of markup the renderer does not escape. */
    public boolean needsCleaning(Node node) {
        if (isRawHtml(node)) {
            return true;
        }
        for (Node descendant : node.getDescendants()) {
            if (isRawHtml(descendant)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isRawHtml(Node node) {
        return node instanceof HtmlBlock || node instanceof HtmlInline;
    }

    /** Cleans rendered HTML against the allowlist, mapping mark colours to palette classes. */
    public String clean(String html) {
        Document dirty = Jsoup.parseBodyFragment(html, BASE);
        for (Element mark : dirty.select("mark")) {
            classifyMark(mark);
        }
        Document clean = new Cleaner(safelist).clean(dirty);
        for (Element mark : clean.select("mark[" + CUSTOM_COLOR + "]")) {
            String color = mark.attr(CUSTOM_COLOR);
            mark.removeAttr(CUSTOM_COLOR);
            if (VALID_HEX.matcher(color).matches()) {
                mark.attr("style", "background-color: " + color);
            }
        }
        clean.outputSettings().prettyPrint(false);
        return clean.body().html();
    }

    private void classifyMark(Element mark) {
        Matcher background = BACKGROUND.matcher(mark.attr("style"));
        mark.removeAttr(CUSTOM_COLOR);
        if (background.find()) {
            String color = background.group(1);
            String paletteClass = color.length() >= 7 ? classByColor.get(ConfigLoader.normaliseColor(color)) : null;
            if (paletteClass != null) {
                mark.addClass(paletteClass);
            } else if (VALID_HEX.matcher(color).matches()) {
                mark.addClass("hl-custom").attr(CUSTOM_COLOR, color);
            }
        } else if (mark.classNames().stream().noneMatch(name -> name.startsWith("hl-"))) {
            mark.addClass(defaultClass);
        }
        mark.removeAttr("style");
    }

    /** Warns, at the line of the raw HTML, about each element or attribute the allowlist will drop. */
    void reportUnsafeHtml(ParsedNote parsed, Diagnostics diagnostics) {
        for (Node node : parsed.document().getDescendants()) {
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
                    if (!markStyle && !safelist.isSafeAttribute(tag, element, attribute)) {
                        diagnostics.warning(where, parsed.line(offset), parsed.column(offset),
                                "attribute '" + name + "' removed from <" + tag + ">");
                    }
                }
            }
        }
    }
}
