package org.textquiz;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
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
        if (GlobalOptions.parsesAtOnce(command)) {
            GermanModels.loadEarly();
            BackgroundParser.loadEarly();
        }
        ConfigurableApplicationContext context = SpringApplication.run(TextquizApplication.class, command);
        int exitCode = context.getBean(ScriptRunner.class).exitCode();
        System.exit(SpringApplication.exit(context, () -> exitCode));
    }
}
