package dev.handbook.pipeline;

import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The SHA-256 of a value as a template can read it: strings, numbers, dates, paths, lists, maps and records,
 * walked in order with each part's kind and length, so two values with one digest draw the same page. A value of
 * any other kind (a parsed tree, a service object) has no digest: {@link Undigestible} says so, and its page is
 * drawn rather than taken from the cache. A record's digest is made once per build and stands for it wherever
 * it appears again (a note is in many pages' lists): without that, hashing the same notes over and over for
 * every page cost more than drawing the pages.
 */
final class ModelDigest {

    /** A value whose parts cannot all be named, so no digest stands for it. */
    static final class Undigestible extends Exception {
        Undigestible(Object value) {
            super("no digest for a " + value.getClass().getName(), null, false, false);
        }
    }

    /** The digests of the records met so far, by identity, shared by every page of one build. */
    static final class Memo {
        private final Map<Object, byte[]> digests = java.util.Collections.synchronizedMap(new IdentityHashMap<>());
    }

    private final MessageDigest sha = sha256();
    private final Memo memo;
    // A record met again inside itself would never end; a page model has no such loop, so it is refused.
    private final Map<Object, Boolean> open;

    private ModelDigest(Memo memo, Map<Object, Boolean> open) {
        this.memo = memo;
        this.open = open;
    }

    /** The digest of the given values, one after the other. */
    static byte[] of(Object... values) throws Undigestible {
        return of(new Memo(), values);
    }

    /** The digest of the given values, taking the digests of records already met from {@code memo}. */
    static byte[] of(Memo memo, Object... values) throws Undigestible {
        ModelDigest digest = new ModelDigest(memo, new IdentityHashMap<>());
        for (Object value : values) {
            digest.add(value);
        }
        return digest.sha.digest();
    }

    private void add(Object value) throws Undigestible {
        if (value == null) {
            tag('0');
        } else if (value instanceof String text) {
            text('s', text);
        } else if (value instanceof byte[] bytes) {
            tag('y');
            length(bytes.length);
            sha.update(bytes);
        } else if (value instanceof Number || value instanceof Boolean || value instanceof Character
                || value instanceof Enum<?> || value instanceof TemporalAccessor || value instanceof Path) {
            text('v', value.getClass().getName() + ":" + value);
        } else if (value instanceof java.util.Date date) {
            text('d', Long.toString(date.getTime()));
        } else if (value instanceof Optional<?> optional) {
            tag('o');
            add(optional.orElse(null));
        } else if (value instanceof Collection<?> collection) {
            tag('l');
            length(collection.size());
            for (Object element : collection) {
                add(element);
            }
        } else if (value instanceof Map<?, ?> map) {
            tag('m');
            length(map.size());
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                add(entry.getKey());
                add(entry.getValue());
            }
        } else if (value.getClass().isRecord()) {
            record(value);
        } else {
            throw new Undigestible(value);
        }
    }

    // A record stands in its parent as the digest of its class and components, made once per build.
    private void record(Object value) throws Undigestible {
        byte[] known = memo.digests.get(value);
        if (known == null) {
            if (open.put(value, Boolean.TRUE) != null) {
                throw new Undigestible(value);
            }
            ModelDigest inner = new ModelDigest(memo, open);
            inner.text('r', value.getClass().getName());
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                try {
                    component.getAccessor().setAccessible(true);
                    inner.add(component.getAccessor().invoke(value));
                } catch (ReflectiveOperationException | RuntimeException e) {
                    throw new Undigestible(value);
                }
            }
            open.remove(value);
            known = inner.sha.digest();
            memo.digests.put(value, known);
        }
        tag('R');
        sha.update(known);
    }

    private void text(char kind, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        tag(kind);
        length(bytes.length);
        sha.update(bytes);
    }

    private void tag(char kind) {
        sha.update((byte) kind);
    }

    private void length(int length) {
        sha.update((byte) (length >>> 24));
        sha.update((byte) (length >>> 16));
        sha.update((byte) (length >>> 8));
        sha.update((byte) length);
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
