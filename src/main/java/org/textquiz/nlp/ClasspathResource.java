package org.textquiz.nlp;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Opens a resource that ships inside a dependency jar; nothing is ever downloaded. */
final class ClasspathResource {

    private ClasspathResource() {
    }

    interface Reader<T> {
        T read(InputStream in) throws IOException;
    }

    static <T> T read(String name, Reader<T> reader) {
        ClassLoader loader = ClasspathResource.class.getClassLoader();
        try (InputStream raw = loader.getResourceAsStream(name)) {
            if (raw == null) {
                throw new ModelLoadingException(name, null);
            }
            return reader.read(new BufferedInputStream(raw, 1 << 16));
        } catch (IOException e) {
            throw new ModelLoadingException(name, e);
        }
    }
}
