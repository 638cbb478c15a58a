package dev.handbook.markdown;

import com.vladsch.flexmark.ast.DelimitedNodeImpl;

/** An Obsidian highlight {@code ==text==}, rendered as a {@code <mark>} of the default category. */
public final class Highlight extends DelimitedNodeImpl {
}
