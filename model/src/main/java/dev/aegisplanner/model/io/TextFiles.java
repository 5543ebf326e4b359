package dev.aegisplanner.model.io;

import dev.aegisplanner.model.validation.Problem;
import java.io.IOException;
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

/** Reads a whole file as strict UTF-8, turning every way that can fail into a problem that names the file. */
final class TextFiles {

    private TextFiles() {
    }

    static String readUtf8(Path file, long maxBytes) throws UnreadableException {
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                throw unreadable("io-error", file + " is a folder, not a topology file");
            }
            long size = Files.size(file);
            if (size > maxBytes) {
                throw unreadable("file-too-large", "The file " + file + " is " + Sizes.human(size)
                        + "; Aegis Planner reads topologies up to " + Sizes.human(maxBytes));
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw unreadable("io-error", "There is no file " + file);
        } catch (AccessDeniedException e) {
            throw unreadable("io-error", "Aegis Planner may not read " + file + " (access denied)");
        } catch (IOException | OutOfMemoryError e) {
            throw unreadable("io-error", "Could not read " + file + ": " + e.getMessage());
        }
        return decode(file, bytes);
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
