package fi.verme.verifier;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/** The installation's Ed25519 public key, as a PEM file ({@code -----BEGIN PUBLIC KEY-----}, X.509 SubjectPublicKeyInfo). */
public final class PublicKeys {

    private static final String BEGIN = "-----BEGIN PUBLIC KEY-----";
    private static final String END = "-----END PUBLIC KEY-----";

    private PublicKeys() {
    }

    public static PublicKey read(Path pem) throws IOException {
        return parse(Files.readString(pem, StandardCharsets.US_ASCII));
    }

    public static PublicKey parse(String pem) throws IOException {
        int begin = pem.indexOf(BEGIN);
        int end = pem.indexOf(END);
        if (begin < 0 || end < begin) {
            throw new IOException("not a PEM public key: it needs " + BEGIN + " and " + END);
        }
        try {
            var der = Base64.getMimeDecoder().decode(pem.substring(begin + BEGIN.length(), end));
            return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(der));
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            throw new IOException("not an Ed25519 public key: " + e.getMessage(), e);
        }
    }

    /** The key as PEM, 64 base64 characters a line. */
    public static String pem(PublicKey key) {
        var base64 = Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(key.getEncoded());
        return BEGIN + "\n" + base64 + "\n" + END + "\n";
    }
}
