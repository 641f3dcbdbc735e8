package fi.verme.verifier;

/**
 * A programme year's chain up to {@code position}: its last {@code link} (hex), how many events it
 * covers, when, signed ({@code signature}, Ed25519, base64) with the installation's key ({@code publicKey},
 * X.509, base64). An auditor keeps it and verifies later exports against it, with the public key they
 * received apart from it.
 */
public record Checkpoint(String programmeYear, long position, String link, long count, String time,
                         String publicKey, String signature) {

    /** The bytes {@link #signature} signs. */
    public byte[] signedBytes() {
        return ChainLink.checkpointBytes(programmeYear, position, link, count, time);
    }
}
