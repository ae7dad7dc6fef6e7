package org.textquiz;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.event.ApplicationStartingEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.textquiz.nlp.GermanModels;
import org.textquiz.nlp.de.BackgroundParser;
import org.textquiz.shell.ScriptRunner;

/**
 * textquiz: with no arguments an interactive shell; with arguments, one command whose exit code
 * tells whether it worked.
 */
@SpringBootApplication
public class TextquizApplication {

    public static void main(String[] args) {
        String[] command = GlobalOptions.apply(args);
        SpringApplication application = new SpringApplication(TextquizApplication.class);
        if (GlobalOptions.parsesAtOnce(command)) {
            application.addListeners(new LoadModelsEarly());
        }
        ConfigurableApplicationContext context = application.run(command);
        int exitCode = context.getBean(ScriptRunner.class).exitCode();
        System.exit(SpringApplication.exit(context, () -> exitCode));
    }

    /**
     * Starts reading the language models beside the rest of Spring's start, as soon as Spring Boot's logging
     * listener has bound SLF4J (it handles the starting event first): OpenNLP logs through SLF4J, and a call from
     * another thread while SLF4J was still starting made it print three lines of warnings ("logging calls during the
     * initialization phase … replayed") in about one start in five.
     */
    static final class LoadModelsEarly implements ApplicationListener<ApplicationStartingEvent> {

        @Override
        public void onApplicationEvent(ApplicationStartingEvent loggingBound) {
            GermanModels.loadEarly();
            BackgroundParser.loadEarly();
        }
    }
}
