package dev.handbook.init;

/** Why {@code init} left the folder as it was, in words that say what to do instead. */
public final class InitRefusal extends Exception {

    private static final long serialVersionUID = 1L;

    InitRefusal(String message) {
        super(message);
    }
}
