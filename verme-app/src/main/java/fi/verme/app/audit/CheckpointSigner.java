package fi.verme.app.audit;

import fi.verme.verifier.PublicKeys;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The installation's Ed25519 key for signing checkpoints. It lives in a file outside the database
 * ({@code verme.audit.key-file}, by default beside the data directory), made on first start, so that
 * whoever can edit the database cannot also sign a forged checkpoint.
 */
@Component
class CheckpointSigner {

    private static final Logger LOG = LoggerFactory.getLogger(CheckpointSigner.class);

    private final PrivateKey privateKey;
    private final PublicKey publicKey;

    CheckpointSigner(@Value("${verme.audit.key-file}") Path keyFile) {
        try {
            if (!Files.exists(keyFile)) {
                var pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
                Files.createDirectories(keyFile.toAbsolutePath().getParent());
                createReadableByOwnerOnly(keyFile);
                Files.writeString(keyFile, Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()) + "\n"
                        + Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()) + "\n");
                LOG.info("Made the checkpoint signing key {}", keyFile.toAbsolutePath());
            }
            var lines = Files.readAllLines(keyFile);
            var factory = KeyFactory.getInstance("Ed25519");
            privateKey = factory.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(lines.get(0))));
            publicKey = factory.generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(lines.get(1))));
            // What the organiser gives auditors in writing, with the key, so that they can tell it is the one.
            LOG.info("Checkpoints are signed with the key whose SHA-256 fingerprint is {}",
                    PublicKeys.fingerprint(publicKey));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The checkpoint signing key could not be read", e);
        }
    }

    /** The key is a secret: on a POSIX file system its file is made readable and writable by its owner alone (0600). */
    private static void createReadableByOwnerOnly(Path keyFile) throws IOException {
        if (keyFile.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(keyFile, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(keyFile);
        }
    }

    String publicKey() {
        return Base64.getEncoder().encodeToString(publicKey.getEncoded());
    }

    /** The public key as PEM, the file an auditor passes to the verifier. */
    String publicKeyPem() {
        return PublicKeys.pem(publicKey);
    }

    String sign(byte[] message) {
        try {
            var signature = Signature.getInstance("Ed25519");
            signature.initSign(privateKey);
            signature.update(message);
            return Base64.getEncoder().encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
