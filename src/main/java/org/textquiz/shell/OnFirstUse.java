package org.textquiz.shell;

import java.util.function.Supplier;

/** A value made on first use, once, even when several threads ask at the same time. */
final class OnFirstUse<T> {

    private final Supplier<T> factory;
    private volatile T value;

    OnFirstUse(Supplier<T> factory) {
        this.factory = factory;
    }

    T get() {
        T result = value;
        if (result == null) {
            synchronized (this) {
                result = value;
                if (result == null) {
                    result = factory.get();
                    value = result;
                }
            }
        }
        return result;
    }
}
