package dev.aegisplanner.model.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFileAttributeView;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;

/**
 * The one way Aegis Planner writes a file, whether a saved topology, a recovery copy or an export: the content
 * goes to a temporary file beside the target, is forced to disk, and replaces the target in one rename, after
 * which the folder is forced to disk too, so that a crash or a full disk at any moment leaves either the old
 * file or the new one, never half of one. Saving through a symbolic link writes the file the link points to
 * and keeps the link. A temporary file an interrupted write left behind ({@code .NAME.1f3a....tmp}) is removed
 * by the next write of the same file. On request the previous version is kept beside the file as
 * {@code NAME~} (the convention of editors since Emacs; file managers hide it).
 */
public final class AtomicFiles {

    /** Produces the content into a stream. */
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Whether to keep the version a write replaces. */
    public enum Previous { KEEP_AS_BACKUP, DISCARD }

    /** A temporary file of another write that has not been touched for this long was left by a crash. */
    static final Duration STALE = Duration.ofMinutes(1);

    private static final SecureRandom RANDOM = new SecureRandom();

    private AtomicFiles() {
    }

    /** The backup a write with {@link Previous#KEEP_AS_BACKUP} keeps of the version it replaced. */
    public static Path backupOf(Path file) {
        return file.resolveSibling(file.getFileName() + "~");
    }

    /**
     * Replaces {@code file} with what {@code content} writes.
     *
     * @throws Failure when the file cannot be written, saying why in words for the planner; an exception
     *     {@code content} throws comes through as it is. Either way the previous file is untouched.
     */
    public static void write(Path file, Content content, Previous previous) throws IOException {
        Path target = target(file);
        Path folder = target.getParent();
        if (Files.isDirectory(target)) {
            throw new Failure("it is a folder");
        }
        if (folder == null || !Files.isDirectory(folder)) {
            throw new Failure("the folder " + (folder == null ? target : folder) + " does not exist");
        }
        removeStaleTemporaries(target);
        Path temp = createTemporary(target);
        try {
            keepPermissions(target, temp);
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
                 OutputStream out = Channels.newOutputStream(channel)) {
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            if (previous == Previous.KEEP_AS_BACKUP && Files.isRegularFile(target)) {
                keepBackup(target);
            }
            move(temp, target);
            forceFolder(folder);
        } catch (IOException | RuntimeException | Error failure) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException cleanup) {
                failure.addSuppressed(cleanup);
            }
            if (failure instanceof FileSystemException e && !(failure instanceof Failure)) {
                throw new Failure(describe(e), e);
            }
            throw failure;
        }
    }

    /** Where the bytes go: the file itself, or the file a symbolic link points to, however many links lead there. */
    static Path target(Path file) throws IOException {
        Path target = file.toAbsolutePath();
        for (int hops = 0; Files.isSymbolicLink(target); hops++) {
            if (hops == 40) {
                throw new Failure("its symbolic links lead in a circle");
            }
            Path link = Files.readSymbolicLink(target);
            target = target.resolveSibling(link).normalize();
        }
        return target;
    }

    private static Path createTemporary(Path target) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path temp = target.resolveSibling("." + target.getFileName() + "."
                    + Long.toHexString(RANDOM.nextLong() & Long.MAX_VALUE) + ".tmp");
            try {
                // Not Files.createTempFile: its files are private to the user, and the saved file would stay so.
                Files.newByteChannel(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
                return temp;
            } catch (FileAlreadyExistsException e) {
                if (attempt == 5) {
                    throw e;
                }
            } catch (AccessDeniedException e) {
                throw new Failure("Aegis Planner may not write in " + target.getParent(), e);
            } catch (FileSystemException e) {
                throw new Failure("cannot create a file in " + target.getParent() + " (" + describe(e) + ")", e);
            }
        }
    }

    /** Removes what earlier writes of this file left when they were interrupted; never fails a write. */
    private static void removeStaleTemporaries(Path target) {
        Pattern ours = Pattern.compile("\\." + Pattern.quote(target.getFileName().toString()) + "\\.[0-9a-f]+\\.tmp");
        Instant before = Instant.now().minus(STALE);
        try (DirectoryStream<Path> siblings = Files.newDirectoryStream(target.getParent(),
                p -> ours.matcher(p.getFileName().toString()).matches())) {
            for (Path stale : siblings) {
                FileTime modified = Files.getLastModifiedTime(stale);
                if (modified.toInstant().isBefore(before)) {
                    Files.deleteIfExists(stale);
                }
            }
        } catch (IOException e) {
            // A temporary file that cannot be removed now is removed by a later write.
        }
    }

    /**
     * The version about to be replaced becomes {@code NAME~}: a second name for the same bytes where the file
     * system allows it (nothing is copied), else a copy. Made under a temporary name and renamed, so an
     * interrupted write never leaves half a backup.
     */
    private static void keepBackup(Path target) throws IOException {
        Path backup = backupOf(target);
        Path temp = target.resolveSibling("." + backup.getFileName() + "."
                + Long.toHexString(RANDOM.nextLong() & Long.MAX_VALUE) + ".tmp");
        try {
            try {
                Files.createLink(temp, target);
            } catch (IOException | UnsupportedOperationException noLinks) {
                Files.copy(target, temp, StandardCopyOption.COPY_ATTRIBUTES);
            }
            move(temp, backup);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * The saved file keeps the permissions the old one had; a new file gets those any new file gets. Best
     * effort: a save does not fail over permissions.
     */
    private static void keepPermissions(Path target, Path temp) {
        try {
            if (Files.exists(target) && Files.getFileStore(temp).supportsFileAttributeView(PosixFileAttributeView.class)) {
                Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(target));
            }
        } catch (IOException | UnsupportedOperationException e) {
            // The file is saved with the permissions a new file gets; its contents are what matters.
        }
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Makes the rename itself durable: until the folder is on disk, a crash may bring the old name back. */
    private static void forceFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // Some systems (Windows) cannot open a folder; there the rename is as durable as they make it.
        }
    }

    private static String describe(FileSystemException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        String reason = e.getReason();
        return reason != null ? reason.toLowerCase(java.util.Locale.ROOT) : String.valueOf(e.getMessage());
    }

    /** Why a file could not be written, in words for the planner: "the folder /x does not exist". */
    public static final class Failure extends FileSystemException {
        private final String reason;

        Failure(String reason) {
            this(reason, null);
        }

        Failure(String reason, Throwable cause) {
            super(null, null, reason);
            this.reason = reason;
            initCause(cause);
        }

        @Override
        public String getMessage() {
            return reason;
        }
    }
}
