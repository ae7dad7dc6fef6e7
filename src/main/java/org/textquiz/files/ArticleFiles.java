package org.textquiz.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.textquiz.core.article.ArticleText;

/**
 * Reads an article from a text file, refusing with a clear message what is not a readable text file.
 * UTF-8 is expected (a byte-order mark is dropped); text that is not valid UTF-8 is read as Windows-1252,
 * the encoding of most German texts saved by older Windows programs.
 */
public final class ArticleFiles {

    public static final long MAX_BYTES = 20L * 1024 * 1024;
    private static final int SNIFF_BYTES = 8192;
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private ArticleFiles() {
    }

    public static ArticleText read(Path path, String source) {
        String shown = path.toString();
        if (!Files.exists(path)) {
            throw new ArticleFileException("no such file: " + shown + "; check the path (tab completes it)");
        }
        if (Files.isDirectory(path)) {
            throw new ArticleFileException(shown + " is a directory; give the path of a text file in it");
        }
        if (!Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(path)) {
            throw new ArticleFileException(shown + " is not a regular file; give the path of a text file");
        }
        byte[] bytes = readBytes(path, shown);
        for (int i = 0; i < Math.min(bytes.length, SNIFF_BYTES); i++) {
            if (bytes[i] == 0) {
                throw new ArticleFileException(shown + " looks like a binary file, not text; give a plain-text "
                    + "(.txt) article");
            }
        }
        String text = decode(bytes);
        if (text.isBlank()) {
            throw new ArticleFileException(shown + " is empty; give a file with a German article in it");
        }
        return ArticleText.of(source, ArticleText.sha256(bytes), text);
    }

    private static byte[] readBytes(Path path, String shown) {
        try {
            long size = Files.size(path);
            if (size > MAX_BYTES) {
                throw new ArticleFileException(shown + " is " + size / (1024 * 1024) + " MB; textquiz reads articles "
                    + "of up to " + MAX_BYTES / (1024 * 1024) + " MB, so split it into smaller files");
            }
            try (InputStream in = Files.newInputStream(path)) {
                return in.readNBytes((int) MAX_BYTES + 1);
            }
        } catch (AccessDeniedException e) {
            throw new ArticleFileException("cannot read " + shown + ": permission denied");
        } catch (NoSuchFileException e) {
            throw new ArticleFileException("no such file: " + shown);
        } catch (IOException e) {
            throw new ArticleFileException("cannot read " + shown + ": " + e.getMessage());
        }
    }

    static String decode(byte[] bytes) {
        int offset = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
            && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        ByteBuffer buffer = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        try {
            return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(buffer)
                .toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, offset, bytes.length - offset, WINDOWS_1252);
        }
    }
}
