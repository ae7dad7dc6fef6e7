package org.textquiz.store;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;

import org.junit.jupiter.api.io.TempDir;
import org.textquiz.core.progress.ProgressStore;

class SqliteStoreContractTest extends ProgressStoreContract {

    @TempDir
    Path dir;

    @Override
    ProgressStore open() {
        return ProgressStores.open(dir, json, Clock.fixed(T0, ZoneOffset.UTC), notices::add);
    }
}
