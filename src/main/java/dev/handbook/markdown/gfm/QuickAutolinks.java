package dev.handbook.markdown.gfm;

import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.autolink.internal.AutolinkNodePostProcessor;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.DocumentPostProcessor;
import com.vladsch.flexmark.parser.block.DocumentPostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import dev.handbook.markdown.Descendants;
import java.util.ArrayList;
import java.util.List;
import org.jetbrains.annotations.NotNull;

/**
 * flexmark's autolinks (bare web and mail addresses become links), asked only about text that could hold
 * one: its scan runs a word-boundary regex over every text node, a third of all parsing when asked of every one.
 */
public final class QuickAutolinks implements Parser.ParserExtension {

    private QuickAutolinks() {
    }

    /** The extension, in place of {@code AutolinkExtension.create()}. */
    public static QuickAutolinks create() {
        return new QuickAutolinks();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.postProcessorFactory(new Factory());
    }

    /**
     * True when text may hold an address autolinking finds: a scheme ({@code ://}), a mail address, or
     * {@code www.}; or an entity or backslash escape, which might spell one once unescaped. Anything else it
     * would leave as it is, a lone colon too ("Look for: ..." is in every question list).
     */
    static boolean mayHoldLink(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '@' || c == '&' || c == '\\') {
                return true;
            }
            if (c == ':' && i + 1 < text.length() && text.charAt(i + 1) == '/') {
                return true;
            }
            if ((c == 'w' || c == 'W') && i + 3 < text.length() && (text.charAt(i + 1) | 0x20) == 'w'
                    && (text.charAt(i + 2) | 0x20) == 'w') {
                return true;
            }
        }
        return false;
    }

    // A document post-processor that finds the text nodes itself: a node post-processor makes flexmark classify
    // every node of every note by type first, an eighth of all parsing, to hand it the text nodes.
    private static final class Factory extends DocumentPostProcessorFactory {

        @Override
        public @NotNull DocumentPostProcessor apply(@NotNull Document document) {
            AutolinkNodePostProcessor autolinks = new AutolinkNodePostProcessor(document);
            return new DocumentPostProcessor() {
                @Override
                public @NotNull Document processDocument(@NotNull Document document) {
                    // Collected first: making a link replaces the text node it was found in.
                    List<Node> texts = new ArrayList<>();
                    for (Node node : Descendants.of(document)) {
                        // flexmark joins a text with the entity after it before scanning (&#64; may make an address).
                        if (node instanceof Text && (mayHoldLink(node.getChars()) || node.getNext() instanceof HtmlEntity)) {
                            texts.add(node);
                        }
                    }
                    for (Node text : texts) {
                        // A text joined into the one before it (across an entity) is gone from the tree by now.
                        if (text.getParent() != null) {
                            autolinks.process(NO_TRACKING, text);
                        }
                    }
                    return document;
                }
            };
        }
    }

    // Nothing needs to follow the nodes autolinking adds and removes: no other post-processor classifies them,
    // and a removed text is skipped above by its missing parent.
    private static final NodeTracker NO_TRACKING = new NodeTracker() {
        @Override
        public void nodeAdded(@NotNull Node node) {
        }

        @Override
        public void nodeAddedWithChildren(@NotNull Node node) {
        }

        @Override
        public void nodeAddedWithDescendants(@NotNull Node node) {
        }

        @Override
        public void nodeRemoved(@NotNull Node node) {
        }

        @Override
        public void nodeRemovedWithChildren(@NotNull Node node) {
        }

        @Override
        public void nodeRemovedWithDescendants(@NotNull Node node) {
        }
    };
}
