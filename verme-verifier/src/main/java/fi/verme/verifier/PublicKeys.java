package fi.verme.verifier;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The installation's Ed25519 public key as a PEM file: one {@code -----BEGIN PUBLIC KEY-----} block of the key's
 * X.509 SubjectPublicKeyInfo in base64, and nothing else but white space, so that a file cannot carry one key for a
 * reader's eye and another for the verifier.
 */
public final class PublicKeys {

    private static final String BEGIN = "-----BEGIN PUBLIC KEY-----";
    private static final String END = "-----END PUBLIC KEY-----";

    private PublicKeys() {
    }

    public static PublicKey read(Path pem) throws IOException {
        return parse(Files.readString(pem, StandardCharsets.US_ASCII));
    }

    public static PublicKey parse(String pem) throws IOException {
        var text = pem.strip();
        if (!text.startsWith(BEGIN) || !text.endsWith(END) || text.indexOf(BEGIN, 1) >= 0
                || text.indexOf(END) != text.length() - END.length()) {
            throw new IOException("not one PEM public key: it needs " + BEGIN + ", the key, " + END + " and nothing else");
        }
        try {
            var der = Base64.getMimeDecoder().decode(text.substring(BEGIN.length(), text.length() - END.length()));
            var key = KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(der));
            if (!Arrays.equals(key.getEncoded(), der)) {
                throw new IOException("not an Ed25519 public key alone: its encoding has more in it");
            }
            return key;
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            throw new IOException("not an Ed25519 public key (" + Printable.of(String.valueOf(e.getMessage())) + ")", e);
        }
    }

    /**
     * The key's fingerprint, to compare with the one the organiser gave in writing: the SHA-256 of its
     * SubjectPublicKeyInfo (what {@code openssl pkey -pubin -in public-key.pem -outform DER | sha256sum} prints),
     * in lowercase hexadecimal.
     */
    public static String fingerprint(PublicKey key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getEncoded()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The key as PEM, 64 base64 characters a line. */
    public static String pem(PublicKey key) {
        var base64 = Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(key.getEncoded());
        return BEGIN + "\n" + base64 + "\n" + END + "\n";
    }
}
