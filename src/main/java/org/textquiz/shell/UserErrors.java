package org.textquiz.shell;

import org.springframework.core.convert.ConversionFailedException;
import org.springframework.shell.core.command.ExitStatus;
import org.springframework.shell.core.command.exit.ExitStatusExceptionMapper;
import org.textquiz.core.TextquizException;

/**
 * Turns whatever a command throws into one line for the learner: the problem and what to do.
 * The exit code is 1 for a problem with the input, 2 for a wrong command line, 3 for a fault in textquiz.
 */
class UserErrors implements ExitStatusExceptionMapper {

    static final int INPUT_ERROR = 1;
    static final int USAGE_ERROR = 2;
    static final int INTERNAL_ERROR = 3;

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(UserErrors.class);

    @Override
    public ExitStatus apply(Exception exception) {
        Throwable cause = exception;
        while (cause != null) {
            if (cause instanceof UsageException) {
                return new ExitStatus(USAGE_ERROR, cause.getMessage());
            }
            if (cause instanceof TextquizException) {
                return new ExitStatus(INPUT_ERROR, cause.getMessage());
            }
            if (cause instanceof ConversionFailedException conversion) {
                return new ExitStatus(USAGE_ERROR, "'" + conversion.getValue() + "' is not a valid "
                    + describe(conversion.getTargetType().getType()) + "; see 'help' for the command's options");
            }
            if (cause instanceof IllegalArgumentException && cause.getMessage() != null
                && cause.getMessage().startsWith("Required option")) {
                return new ExitStatus(USAGE_ERROR, cause.getMessage());
            }
            cause = cause.getCause();
        }
        Throwable root = exception;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        LOG.error("internal error", exception);
        return new ExitStatus(INTERNAL_ERROR, "internal error (" + root.getClass().getSimpleName() + ": "
            + root.getMessage() + "); please report it");
    }

    private static String describe(Class<?> type) {
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "whole number";
        }
        return type.getSimpleName().toLowerCase();
    }
}
