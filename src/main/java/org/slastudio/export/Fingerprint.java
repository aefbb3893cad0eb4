package org.slastudio.export;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.slastudio.store.Draft;
import org.slastudio.store.DraftStore;

/**
 * Identifies a draft's exact content, so that both sides can check they are signing the same version: the SHA-256
 * of the draft as its file is written ({@link DraftStore#write}), whatever the file on disk looks like.
 */
public final class Fingerprint {
    /** Hex characters printed in the footer: 48 bits, plenty to tell two versions of one agreement apart. */
    public static final int SHORT_LENGTH = 12;

    private Fingerprint() {
    }

    /** All 64 hex characters. */
    public static String of(Draft draft) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(DraftStore.write(draft).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The first {@value #SHORT_LENGTH} hex characters, as printed on every page. */
    public static String shortOf(Draft draft) {
        return of(draft).substring(0, SHORT_LENGTH);
    }
}
