package dev.aegisplanner.model.io;

import dev.aegisplanner.model.validation.Problem;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads a whole file as strict UTF-8, turning every way that can fail into a problem that names the file. A
 * regular file is measured before it is read; a pipe or a device ({@code /dev/zero}, {@code <(cat x)}) has
 * no size, so it is read in blocks and reading stops at {@link ReadLimits#maxStreamBytes()}.
 */
final class TextFiles {

    private static final int BLOCK = 64 * 1024;

    private TextFiles() {
    }

    static String readUtf8(Path file, ReadLimits limits) throws UnreadableException {
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                throw unreadable("io-error", file + " is a folder, not a topology file");
            }
            if (Files.isRegularFile(file)) {
                long size = Files.size(file);
                if (size > limits.maxBytes()) {
                    throw unreadable("file-too-large", "The file " + file + " is " + Sizes.human(size)
                            + "; Aegis Planner reads topologies up to " + Sizes.human(limits.maxBytes()));
                }
                bytes = Files.readAllBytes(file);
            } else {
                bytes = readStream(file, Math.min(limits.maxBytes(), limits.maxStreamBytes()));
            }
        } catch (NoSuchFileException e) {
            throw unreadable("io-error", "There is no file " + file);
        } catch (AccessDeniedException e) {
            throw unreadable("io-error", "Aegis Planner may not read " + file + " (access denied)");
        } catch (IOException e) {
            throw unreadable("io-error", "Could not read " + file + ": " + e.getMessage());
        }
        return decode(file, bytes);
    }

    /** Reads what a pipe or device gives, up to {@code cap} bytes; one byte more ends the read with why. */
    private static byte[] readStream(Path file, long cap) throws IOException, UnreadableException {
        try (InputStream in = Files.newInputStream(file)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] block = new byte[BLOCK];
            for (int n = in.read(block); n >= 0; n = in.read(block)) {
                out.write(block, 0, n);
                if (out.size() > cap) {
                    throw unreadable("file-too-large", file + " is not a regular file and gives more than "
                            + Sizes.human(cap) + "; Aegis Planner reads up to " + Sizes.human(cap)
                            + " from a pipe or a device (save it as a file to read more)");
                }
            }
            return out.toByteArray();
        }
    }

    private static String decode(Path file, byte[] bytes) throws UnreadableException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < in.position(); i++) {
                if (bytes[i] == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            throw new UnreadableException(Problem.error("not-utf8", "", file + " is not UTF-8 text: the bytes at line "
                    + line + " are not valid UTF-8; save the file as UTF-8").at(line, in.position() - lineStart + 1));
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    private static UnreadableException unreadable(String code, String message) {
        return new UnreadableException(Problem.error(code, "", message));
    }
}
