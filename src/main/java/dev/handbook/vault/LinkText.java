package dev.handbook.vault;

/**
 * The text Obsidian shows for a wiki-link written without display text: its target, then each heading of its
 * anchor after "&gt;" ({@code [[Loop#Screen#Notes]]} reads "Loop &gt; Screen &gt; Notes"), a block id without
 * its caret. The title of a note read from its heading and the link drawn in its page read it alike.
 */
public final class LinkText {

    private LinkText() {
    }

    /** What {@code [[target#anchor|display]]} reads as; {@code display} wins when it is not blank. */
    public static String of(String target, String anchor, String display) {
        if (display != null && !display.isBlank()) {
            return display;
        }
        String anchorText = anchor.replace("#", " > ").replaceFirst("^\\^", "");
        if (target.isEmpty()) {
            return anchorText;
        }
        return anchor.isEmpty() ? target : target + " > " + anchorText;
    }
}
