package org.tadworkbench.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The version of a model's content: a short SHA-256 of its elements, relationships, variations and views.
 * Every figure is stamped with it, so a figure drawn from another model cannot pass as current.
 */
public final class ModelVersion {

    private ModelVersion() {
    }

    public static String of(ArchitectureModel model) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(model.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
