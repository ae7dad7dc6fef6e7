package org.textquiz;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.textquiz.shell.ScriptRunner;

/**
 * textquiz: with no arguments an interactive shell; with arguments, one command whose exit code
 * tells whether it worked.
 */
@SpringBootApplication
public class TextquizApplication {

    public static void main(String[] args) {
        ConfigurableApplicationContext context = SpringApplication.run(TextquizApplication.class,
            GlobalOptions.apply(args));
        int exitCode = context.getBean(ScriptRunner.class).exitCode();
        System.exit(SpringApplication.exit(context, () -> exitCode));
    }
}
