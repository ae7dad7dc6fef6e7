package org.textquiz.shell;

import java.util.ArrayList;
import java.util.List;

import java.nio.file.Path;
import java.io.PrintWriter;

import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.stereotype.Component;
import org.textquiz.core.article.Article;

@Component
class ArticleCommands {

    private final Workspace workspace;
    private final SessionRunner sessions;

    ArticleCommands(Workspace workspace, SessionRunner sessions) {
        this.workspace = workspace;
        this.sessions = sessions;
    }

    @Command(name = "open", description = "Load a German article (a UTF-8 text file) to practise with",
        help = "open PATH",
        group = "Articles", exitStatusExceptionMapper = "userErrors", completionProvider = "pathCompletion")
    void open(CommandContext context, @Argument(index = 0, description = "path of the article") String path) {
        Options.requireKnown(context, 1);
        if (path == null || path.isBlank()) {
            throw new UsageException("open needs the path of an article, for example: open quizzes/"
                + "rutte-scholz-berlin.txt");
        }
        Article article;
        try (ProgressBar bar = sessions.progressBar(context)) {
            article = bar.run(() -> workspace.open(Path.of(path.strip()), bar));
        }
        PrintWriter out = context.outputWriter();
        out.println("Opened " + article.title() + " — " + Describe.article(article));
        out.flush();
    }

    @Command(name = "read", description = "Read the loaded article, its paragraphs numbered as the questions name them",
        group = "Articles", exitStatusExceptionMapper = "userErrors")
    void read(CommandContext context) {
        Options.requireKnown(context);
        Article article = workspace.article();
        PrintWriter out = context.outputWriter();
        List<String> lines = new ArrayList<>();
        lines.add(Neutralise.text(article.title()) + "  (" + Neutralise.text(article.source()) + ")");
        lines.add("");
        lines.addAll(ArticleView.of(article.text()).render(sessions.width(context)));
        sessions.pager(context).show(lines, out);
    }

    @Command(name = "articles", description = "List the articles in the quizzes folder", group = "Articles",
        exitStatusExceptionMapper = "userErrors")
    void articles(CommandContext context) {
        Options.requireKnown(context);
        PrintWriter out = context.outputWriter();
        var files = workspace.articleFiles();
        if (files.isEmpty()) {
            out.println("No articles in " + workspace.quizzesDir() + "; open one with: open PATH");
        }
        for (Path file : files) {
            out.println(workspace.quizzesDir().getParent().relativize(file));
        }
        out.flush();
    }
}
