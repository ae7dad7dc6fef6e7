package org.textquiz.files;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.mozilla.universalchardet.UniversalDetector;

/**
 * Decodes an article's bytes: a byte-order mark decides (UTF-8, UTF-16); otherwise valid UTF-8 is UTF-8;
 * otherwise juniversalchardet (Mozilla's detector) names the encoding. ISO-8859-1 is read as its superset
 * Windows-1252, as browsers do, so that „…“ from a Word export survive; when nothing is detected,
 * Windows-1252, the encoding of most German texts saved by older Windows programs.
 */
final class Encodings {

    record Decoded(String text, String encoding) {
    }

    private record Bom(Charset charset, int length) {
    }

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private Encodings() {
    }

    static Decoded decode(byte[] bytes) {
        Optional<Bom> bom = bom(bytes);
        if (bom.isPresent()) {
            Charset charset = bom.get().charset();
            return new Decoded(new String(bytes, bom.get().length(), bytes.length - bom.get().length(), charset),
                charset.name());
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes))
                .toString();
            return new Decoded(text, StandardCharsets.UTF_8.name());
        } catch (CharacterCodingException notUtf8) {
            Charset detected = detect(bytes);
            return new Decoded(new String(bytes, detected), detected.name());
        }
    }

    private static Charset detect(byte[] bytes) {
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(bytes, 0, bytes.length);
        detector.dataEnd();
        String name = detector.getDetectedCharset();
        if (name == null || !Charset.isSupported(name)) {
            return WINDOWS_1252;
        }
        Charset charset = Charset.forName(name);
        if (charset.equals(StandardCharsets.ISO_8859_1) || charset.equals(StandardCharsets.US_ASCII)
            || charset.equals(StandardCharsets.UTF_8)) {
            return WINDOWS_1252;
        }
        return charset;
    }

    static Optional<Bom> bom(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return Optional.of(new Bom(StandardCharsets.UTF_8, 3));
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return Optional.of(new Bom(StandardCharsets.UTF_16LE, 2));
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return Optional.of(new Bom(StandardCharsets.UTF_16BE, 2));
        }
        return Optional.empty();
    }
}
