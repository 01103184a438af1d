package org.yusuan.workbench.service;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.util.Optional;
import org.yusuan.workbench.exchange.submission.Signatures;
import org.yusuan.workbench.text.Texts;

/**
 * This installation's signing key pair for submission packages. Made on the first export and kept in
 * the user's own folder ({@code ~/.yusuan/keys}, or {@code -Dyusuan.keys=FOLDER}), never in a budget
 * file: a budget file is copied, backed up and mailed around, and whoever holds the private key can
 * sign as the unit. The private key file is readable by its owner only (0600 where the file system
 * has POSIX permissions; elsewhere the user profile folder is the owner's already).
 */
public final class SigningKeys {

    private static final Texts TEXTS = Texts.of("org.yusuan.workbench.service");

    static final String PRIVATE_FILE = "submission-ed25519.key";
    static final String PUBLIC_FILE = "submission-ed25519.pub";

    private final Path folder;

    public SigningKeys(Path folder) {
        this.folder = folder;
    }

    /** The folder of the running user: {@code -Dyusuan.keys} when set, else {@code ~/.yusuan/keys}. */
    public static SigningKeys ofUser() {
        String configured = System.getProperty("yusuan.keys");
        return new SigningKeys(configured != null && !configured.isBlank() ? Path.of(configured)
                : Path.of(System.getProperty("user.home"), ".yusuan", "keys"));
    }

    public Path folder() {
        return folder;
    }

    /** The fingerprint of the installation's public key, if a key pair has been made. */
    public Optional<String> fingerprint() throws IOException {
        Path pub = folder.resolve(PUBLIC_FILE);
        if (!Files.exists(pub)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Signatures.fingerprint(Signatures.publicKey(Files.readAllBytes(pub))));
        } catch (GeneralSecurityException e) {
            throw new IOException(TEXTS.get("package.keyUnreadable", pub), e);
        }
    }

    /** The key pair, made and stored first when there is none. */
    public KeyPair loadOrCreate() throws IOException {
        Path key = folder.resolve(PRIVATE_FILE);
        Path pub = folder.resolve(PUBLIC_FILE);
        if (!Files.exists(key)) {
            create(key, pub);
        }
        try {
            return new KeyPair(Signatures.publicKey(Files.readAllBytes(pub)),
                    Signatures.privateKey(Files.readAllBytes(key)));
        } catch (GeneralSecurityException | IOException e) {
            throw new IOException(TEXTS.get("package.keyUnreadable", folder), e);
        }
    }

    private void create(Path key, Path pub) throws IOException {
        if (!Files.isDirectory(folder) && folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            // The folder too is the owner's alone: others need not even see that a key is there.
            Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(
                    PosixFilePermissions.fromString("rwx------")));
        } else {
            Files.createDirectories(folder);
        }
        KeyPair pair = Signatures.newKeyPair();
        // Both files are written under temporary names and moved into place, the private key last:
        // an interrupted first export leaves either no key or a whole one, never a key without its half.
        Path tmpPub = write(pub, pair.getPublic().getEncoded(), false);
        Path tmpKey = write(key, pair.getPrivate().getEncoded(), true);
        move(tmpPub, pub);
        try {
            Files.move(tmpKey, key, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException e) {
            Files.move(tmpKey, key);
        }
    }

    private Path write(Path target, byte[] bytes, boolean secret) throws IOException {
        Path tmp = folder.resolve("." + target.getFileName() + ".tmp");
        Files.deleteIfExists(tmp);
        if (secret && folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(tmp);
        }
        Files.write(tmp, bytes);
        return tmp;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
