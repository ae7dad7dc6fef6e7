package org.textquiz.shell;

import org.textquiz.core.quiz.Result;

/** Keeps each answer as soon as it is given, so that a crash loses at most the one being typed. */
interface AnswerRecorder {

    AnswerRecorder NONE = (position, result) -> { };

    void record(int position, Result result);
}
