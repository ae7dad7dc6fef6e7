package org.textquiz.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Arrays;

import org.textquiz.core.article.ArticleText;

/**
 * Reads an article from a text file, refusing with a clear message what is not a readable text file:
 * special files and binary formats are recognised from their first bytes, without reading them whole.
 * The text is decoded as its byte-order mark, valid UTF-8, or a detected encoding says (see {@link Encodings}),
 * and put in Unicode composed form (NFC), so that decomposed umlauts read like any others.
 */
public final class ArticleFiles {

    public static final long MAX_BYTES = 20L * 1024 * 1024;
    static final int HEAD_BYTES = 8192;

    private ArticleFiles() {
    }

    public static ArticleText read(Path path, String source) {
        String shown = path.toString();
        refuseWhatIsNotARegularFile(path, shown);
        try (InputStream in = Files.newInputStream(path)) {
            byte[] head = in.readNBytes(HEAD_BYTES);
            BinaryFormats.recognise(head).ifPresent(format -> {
                throw new ArticleFileException(shown + " is " + format + ", not a text file; save the article as "
                    + "plain text (.txt) and open that");
            });
            long size = Files.size(path);
            if (size > MAX_BYTES) {
                throw new ArticleFileException(shown + " is " + size / (1024 * 1024) + " MB; textquiz reads articles "
                    + "of up to " + MAX_BYTES / (1024 * 1024) + " MB, so split it into smaller files");
            }
            byte[] rest = in.readNBytes((int) (MAX_BYTES + 1 - head.length));
            byte[] bytes = Arrays.copyOf(head, head.length + rest.length);
            System.arraycopy(rest, 0, bytes, head.length, rest.length);
            if (bytes.length > MAX_BYTES) {
                throw new ArticleFileException(shown + " is larger than " + MAX_BYTES / (1024 * 1024) + " MB; split it "
                    + "into smaller files");
            }
            Encodings.Decoded decoded = Encodings.decode(bytes);
            String text = Normalizer.normalize(decoded.text(), Normalizer.Form.NFC);
            if (text.isBlank()) {
                throw new ArticleFileException(shown + " is empty; give a file with a German article in it");
            }
            MarkupFormats.explain(shown, text).ifPresent(problem -> {
                throw new ArticleFileException(problem);
            });
            return ArticleText.of(source, ArticleText.sha256(bytes), text, decoded.encoding());
        } catch (AccessDeniedException e) {
            throw new ArticleFileException("cannot read " + shown + ": permission denied");
        } catch (NoSuchFileException e) {
            throw new ArticleFileException("no such file: " + shown + "; check the path (tab completes it)");
        } catch (IOException e) {
            throw new ArticleFileException("cannot read " + shown + ": " + e.getMessage());
        }
    }

    /** Directories, devices, pipes and dangling links are refused before anything is read from them. */
    private static void refuseWhatIsNotARegularFile(Path path, String shown) {
        if (Files.isSymbolicLink(path) && !Files.exists(path)) {
            throw new ArticleFileException(shown + " is a symbolic link that leads nowhere (broken, or looping); "
                + "give the path of the text file itself");
        }
        if (!Files.exists(path)) {
            throw new ArticleFileException("no such file: " + shown + "; check the path (tab completes it)");
        }
        if (Files.isDirectory(path)) {
            throw new ArticleFileException(shown + " is a directory; give the path of a text file in it");
        }
        if (!Files.isRegularFile(path)) {
            throw new ArticleFileException(shown + " is not a regular file (a device, a pipe or a socket); give the "
                + "path of a text file");
        }
        if (!Files.isReadable(path) && !Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
            throw new ArticleFileException("cannot read " + shown + ": permission denied");
        }
    }
}
