package org.textquiz.bench;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The peer for textquiz's start-up time: a Spring Shell 4 application with no commands of its own, started
 * with the same JVM flags and, like textquiz, without banner and console log.
 */
@SpringBootApplication
public class EmptyShellApplication {

    public static void main(String[] args) {
        SpringApplication.run(EmptyShellApplication.class, args);
    }
}
