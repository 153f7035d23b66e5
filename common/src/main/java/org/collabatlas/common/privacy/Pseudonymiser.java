package org.collabatlas.common.privacy;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.function.UnaryOperator;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Salted pseudonyms for personal data (author names and author ids): {@code prefix + } the first 16 hex digits
 * (64 bits) of HMAC-SHA256(salt, value), the value first put in Unicode NFC and stripped. The same value and salt
 * always give the same pseudonym (so a graph keeps its shape and two runs with the same salt give the same
 * exports); without the salt a pseudonym cannot be reversed by hashing candidate names.
 *
 * <p>The salt comes from an environment variable (named by {@code privacy.salt-env}), never from a file of the
 * repository or from {@code _run.json}. Typical use: {@code Pseudonymiser.fromEnvironment("COLLAB_ATLAS_SALT",
 * System::getenv).authorId("https://openalex.org/A123")} -> {@code "author:5f0c..."}.
 */
public final class Pseudonymiser implements Serializable {
    private static final long serialVersionUID = 1L;
    /** Prefix of pseudonymised author names. */
    public static final String NAME_PREFIX = "name:";
    /** Prefix of pseudonymised author ids (and author-level vertex ids). */
    public static final String ID_PREFIX = "author:";
    /** Shortest salt accepted, in bytes. */
    public static final int MIN_SALT_BYTES = 16;

    private final byte[] salt;
    private transient Mac mac;

    /** @throws IllegalArgumentException when the salt is shorter than {@value #MIN_SALT_BYTES} bytes */
    public Pseudonymiser(byte[] salt) {
        if (salt == null || salt.length < MIN_SALT_BYTES) {
            throw new IllegalArgumentException("the pseudonymisation salt must be at least " + MIN_SALT_BYTES
                    + " bytes long");
        }
        this.salt = salt.clone();
    }

    /**
     * The salt from environment variable {@code variable} (looked up with {@code env}, e.g. {@code System::getenv}).
     *
     * @throws IllegalStateException naming the variable when it is unset or too short
     */
    public static Pseudonymiser fromEnvironment(String variable, UnaryOperator<String> env) {
        String v = variable == null || variable.isBlank() ? null : env.apply(variable);
        if (v == null || v.getBytes(StandardCharsets.UTF_8).length < MIN_SALT_BYTES) {
            throw new IllegalStateException("environment variable " + variable + " must hold the pseudonymisation "
                    + "salt (at least " + MIN_SALT_BYTES + " bytes; e.g. export " + variable
                    + "=$(openssl rand -hex 32))" + (v == null ? ", but it is not set" : ", but it is too short"));
        }
        return new Pseudonymiser(v.getBytes(StandardCharsets.UTF_8));
    }

    /** The pseudonym of an author name; null stays null. */
    public String authorName(String name) {
        return pseudonym(NAME_PREFIX, name);
    }

    /** The pseudonym of an author id (a source's author id, an ORCID, an author vertex id); null stays null. */
    public String authorId(String id) {
        return pseudonym(ID_PREFIX, id);
    }

    /** {@code prefix} + 16 hex digits of HMAC-SHA256(salt, NFC(value).strip()); null stays null. */
    public String pseudonym(String prefix, String value) {
        if (value == null) {
            return null;
        }
        byte[] h = mac().doFinal(Normalizer.normalize(value, Normalizer.Form.NFC).strip()
                .getBytes(StandardCharsets.UTF_8));
        return prefix + HexFormat.of().formatHex(h, 0, 8);
    }

    private Mac mac() {
        if (mac == null) {
            try {
                mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(salt, "HmacSHA256"));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("HmacSHA256 is not available", e);
            }
        }
        return mac;
    }
}
