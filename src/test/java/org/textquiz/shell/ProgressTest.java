package org.textquiz.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.textquiz.core.TextquizException;
import org.textquiz.core.progress.ProgressStore;
import org.textquiz.quizfile.QuizJson;
import org.textquiz.store.JdbcProgressStore;

class ProgressTest {

    @Test
    void opensTheStoreOnAnotherThreadWhileTheCallerGoesOn() throws InterruptedException {
        List<String> openedOn = new CopyOnWriteArrayList<>();
        CountDownLatch opened = new CountDownLatch(1);
        ProgressStore store = JdbcProgressStore.inMemory(new QuizJson());
        ObjectProvider<ProgressStore> provider = provider(() -> {
            openedOn.add(Thread.currentThread().getName());
            opened.countDown();
            return store;
        });
        Progress progress = new Progress(provider, () -> Instant.EPOCH, new Notices(), "anna");

        progress.openInBackground();

        assertThat(opened.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(openedOn).containsExactly("textquiz-store-open");
        assertThat(progress.store()).isSameAs(store);
    }

    @Test
    void aStoreThatCannotBeOpenedIsReportedWhenItIsUsedNotOnTheBackgroundThread() throws InterruptedException {
        CountDownLatch tried = new CountDownLatch(1);
        ObjectProvider<ProgressStore> provider = provider(() -> {
            tried.countDown();
            throw new TextquizException("the school database refused the connection");
        });
        Progress progress = new Progress(provider, () -> Instant.EPOCH, new Notices(), "anna");

        progress.openInBackground();

        assertThat(tried.await(10, TimeUnit.SECONDS)).isTrue();
        assertThatThrownBy(progress::store).isInstanceOf(TextquizException.class)
            .hasMessage("the school database refused the connection");
    }

    private static ObjectProvider<ProgressStore> provider(java.util.function.Supplier<ProgressStore> opening) {
        return new ObjectProvider<>() {
            @Override
            public ProgressStore getObject() {
                return opening.get();
            }
        };
    }
}
