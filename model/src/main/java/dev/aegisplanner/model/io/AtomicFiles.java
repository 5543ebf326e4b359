package dev.aegisplanner.model.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Replaces a file's contents all at once: write a temporary file beside it, force it to disk, rename it over
 * the target. A failure at any step leaves the previous file as it was, which is what "a failed save loses
 * nothing" needs.
 */
final class AtomicFiles {

    private AtomicFiles() {
    }

    static void writeUtf8(Path file, String text) throws IOException {
        Path target = file.toAbsolutePath();
        if (Files.isDirectory(target)) {
            throw new IOException("Could not save " + file + ": it is a folder");
        }
        // Strict encoding: a broken character fails the save instead of silently becoming '?' in the file.
        ByteBuffer bytes;
        try {
            bytes = StandardCharsets.UTF_8.newEncoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .encode(CharBuffer.wrap(text));
        } catch (CharacterCodingException e) {
            throw new IOException("Could not save " + file + ": the topology contains text that is not valid"
                    + " Unicode (a broken character in a name or id)", e);
        }
        Path folder = target.getParent();
        if (!Files.isDirectory(folder)) {
            throw new IOException("Could not save " + file + ": the folder " + folder + " does not exist");
        }
        Path temp;
        try {
            temp = Files.createTempFile(folder, "." + target.getFileName() + ".", ".tmp");
        } catch (AccessDeniedException e) {
            throw new IOException("Could not save " + file + ": Aegis Planner may not write in " + folder, e);
        } catch (IOException e) {
            throw new IOException("Could not save " + file + ": cannot create a file in " + folder
                    + " (" + e.getMessage() + ")", e);
        }
        try {
            keepPermissions(target, temp);
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                while (bytes.hasRemaining()) {
                    channel.write(bytes);
                }
                channel.force(true);
            }
            move(temp, target);
        } catch (IOException e) {
            IOException failure = new IOException("Could not save " + file + ": " + e.getMessage(), e);
            try {
                Files.deleteIfExists(temp);
            } catch (IOException cleanup) {
                failure.addSuppressed(cleanup);
            }
            throw failure;
        }
    }

    /**
     * A temporary file is private to its owner; the saved file should keep the permissions the old one had,
     * or, for a new file, the usual readable-by-all. Best effort: a save does not fail over permissions.
     */
    private static void keepPermissions(Path target, Path temp) {
        try {
            if (!Files.getFileStore(temp).supportsFileAttributeView(PosixFileAttributeView.class)) {
                return;
            }
            Set<PosixFilePermission> permissions = Files.exists(target)
                    ? Files.getPosixFilePermissions(target)
                    : PosixFilePermissions.fromString("rw-r--r--");
            Files.setPosixFilePermissions(temp, permissions);
        } catch (IOException | UnsupportedOperationException e) {
            // The file is saved with the temporary file's permissions; its contents are what matters.
        }
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
