package dev.handbook.markdown.gfm;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.tables.internal.TableParagraphPreProcessor;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessor;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessorFactory;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.handbook.diagnostics.Diagnostics;
import dev.handbook.vault.Note;
import java.util.Set;

/**
 * flexmark's tables, asked only about paragraphs that could be one. Its table finder is made anew for every
 * note (compiling its separator regex each time) and matches that regex against every paragraph whose first
 * line holds a pipe, as every line with an aliased wiki-link does: a tenth of all parsing.
 */
public final class QuickTables extends TablesExtension {

    /** The most columns a table may have: flexmark's separator regex recurses per column, and 800 overflow the stack. */
    public static final int MAX_COLUMNS = 256;

    private QuickTables() {
    }

    /** The extension, in place of {@code TablesExtension.create()}. */
    public static QuickTables create() {
        return new QuickTables();
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.paragraphPreProcessorFactory(new Factory(TableParagraphPreProcessor.Factory()));
    }

    /**
     * True when a paragraph may start with a table: flexmark's finder reads the lines up to the first one
     * without a pipe, and a table needs a separator line among them, made only of dashes, colons, pipes and
     * white space. Without one it finds no table and changes nothing.
     */
    static boolean mayHoldTable(Paragraph paragraph) {
        for (int i = 0; i < paragraph.getLineCount(); i++) {
            BasedSequence line = paragraph.getLineChars(i);
            if (line.indexOf('|') < 0) {
                return false;
            }
            if (separatorLike(line)) {
                return columns(line) <= MAX_COLUMNS; // a wider one stays text (see reportWide)
            }
        }
        return false;
    }

    /** Warns at each table separator line with more than {@link #MAX_COLUMNS} columns: that table is shown as text. */
    public static void reportWide(String body, Note note, Diagnostics diagnostics) {
        int line = note.bodyLine();
        BasedSequence all = BasedSequence.of(body);
        for (int start = 0, end; start < body.length(); start = end + 1, line++) {
            end = body.indexOf('\n', start);
            if (end < 0) {
                end = body.length();
            }
            BasedSequence text = all.subSequence(start, end);
            if (text.indexOf('|') >= 0 && separatorLike(text) && columns(text) > MAX_COLUMNS) {
                diagnostics.warning(note.displayPath(), line, 1, "this table has " + columns(text) + " columns,"
                        + " more than the " + MAX_COLUMNS + " a table may have; it is shown as text; split it");
            }
        }
    }

    // Cells between pipes, the outer pipes being optional.
    private static int columns(BasedSequence line) {
        int pipes = 0;
        for (int i = 0; i < line.length(); i++) {
            pipes += line.charAt(i) == '|' ? 1 : 0;
        }
        BasedSequence trimmed = line.trim();
        return pipes + 1 - (trimmed.startsWith("|") ? 1 : 0) - (trimmed.endsWith("|") && trimmed.length() > 1 ? 1 : 0);
    }

    private static boolean separatorLike(BasedSequence line) {
        boolean dash = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '-') {
                dash = true;
            } else if (c != '|' && c != ':' && !Character.isWhitespace(c)) {
                return false;
            }
        }
        return dash;
    }

    // Keeps the finder's place among the paragraph pre-processors (after link reference definitions) and
    // makes the finder only for a note that has a paragraph which may be a table.
    private static final class Factory implements ParagraphPreProcessorFactory {
        private final ParagraphPreProcessorFactory tables;

        Factory(ParagraphPreProcessorFactory tables) {
            this.tables = tables;
        }

        @Override
        public Set<Class<?>> getAfterDependents() {
            return tables.getAfterDependents();
        }

        @Override
        public Set<Class<?>> getBeforeDependents() {
            return tables.getBeforeDependents();
        }

        @Override
        public boolean affectsGlobalScope() {
            return tables.affectsGlobalScope();
        }

        @Override
        public ParagraphPreProcessor apply(ParserState state) {
            return new ParagraphPreProcessor() {
                private ParagraphPreProcessor finder;

                @Override
                public int preProcessBlock(Paragraph paragraph, ParserState state) {
                    if (!mayHoldTable(paragraph)) {
                        return 0;
                    }
                    if (finder == null) {
                        finder = tables.apply(state);
                    }
                    try {
                        return finder.preProcessBlock(paragraph, state);
                    } catch (RuntimeException e) {
                        // The finder fails on a few odd paragraphs (a lone pipe line over a tab-indented
                        // separator: flexmark 0.64.8 cuts the row at index -1) before it changes the tree;
                        // the paragraph then stays text instead of stopping the build.
                        return 0;
                    }
                }
            };
        }
    }
}
