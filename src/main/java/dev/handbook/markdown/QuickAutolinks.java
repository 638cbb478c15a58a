package dev.handbook.markdown;

import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.autolink.internal.AutolinkNodePostProcessor;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.NodePostProcessor;
import com.vladsch.flexmark.parser.block.NodePostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import org.jetbrains.annotations.NotNull;

/**
 * flexmark's autolinks (bare web and mail addresses become links), asked only about text that could hold
 * one: its scan runs a word-boundary regex over every text node, which made it a third of all parsing.
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
     * True when text may hold an address autolinking finds: a scheme ({@code ://} or {@code mailto:}),
     * a mail address, or {@code www.}; anything else it would leave as it is.
     */
    static boolean mayHoldLink(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ':' || c == '@') {
                return true;
            }
            if ((c == 'w' || c == 'W') && i + 3 < text.length() && (text.charAt(i + 1) | 0x20) == 'w'
                    && (text.charAt(i + 2) | 0x20) == 'w') {
                return true;
            }
        }
        return false;
    }

    private static final class Factory extends NodePostProcessorFactory {
        Factory() {
            super(false);
            addNodes(Text.class);
        }

        @Override
        public @NotNull NodePostProcessor apply(@NotNull Document document) {
            AutolinkNodePostProcessor autolinks = new AutolinkNodePostProcessor(document);
            return new NodePostProcessor() {
                @Override
                public void process(@NotNull NodeTracker state, @NotNull Node node) {
                    // flexmark joins a text with the entity after it before scanning (&#64; may make an address).
                    if (mayHoldLink(node.getChars()) || node.getNext() instanceof HtmlEntity) {
                        autolinks.process(state, node);
                    }
                }
            };
        }
    }
}
