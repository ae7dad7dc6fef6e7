package org.textquiz.files;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Recognises files that are not text from their first bytes: common formats by signature, others by NUL bytes. */
final class BinaryFormats {

    private record Signature(String name, byte[] bytes) {
    }

    private static final Signature[] SIGNATURES = {
        signature("a PDF document", "%PDF-"),
        signature("a PNG image", (byte) 0x89, 'P', 'N', 'G'),
        signature("a JPEG image", (byte) 0xFF, (byte) 0xD8, (byte) 0xFF),
        signature("a GIF image", "GIF8"),
        signature("a ZIP archive (or a Word or OpenDocument file)", 'P', 'K', 3, 4),
        signature("a compiled Java class", (byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE),
        signature("a gzip archive", (byte) 0x1F, (byte) 0x8B),
        signature("a program (ELF)", 0x7F, 'E', 'L', 'F'),
        signature("an old Word or Excel document", (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0),
        signature("an RTF document", "{\\rtf"),
    };

    private BinaryFormats() {
    }

    /** What kind of binary file the head belongs to; empty for what may be text. */
    static Optional<String> recognise(byte[] head) {
        for (Signature signature : SIGNATURES) {
            if (startsWith(head, signature.bytes())) {
                return Optional.of(signature.name());
            }
        }
        if (Encodings.bom(head).isPresent()) {
            return Optional.empty();
        }
        for (byte b : head) {
            if (b == 0) {
                return Optional.of("a binary file");
            }
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] head, byte[] prefix) {
        if (head.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (head[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static Signature signature(String name, String ascii) {
        return new Signature(name, ascii.getBytes(StandardCharsets.US_ASCII));
    }

    private static Signature signature(String name, int... bytes) {
        byte[] signature = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            signature[i] = (byte) bytes[i];
        }
        return new Signature(name, signature);
    }
}
