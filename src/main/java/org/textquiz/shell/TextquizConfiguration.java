package org.textquiz.shell;

import java.nio.file.Path;
import java.time.InstantSource;
import java.util.List;
import java.util.Optional;

import org.jline.reader.LineReader;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.shell.core.command.completion.CompletionProvider;
import org.springframework.shell.core.command.completion.FileNameCompletionProvider;
import org.springframework.shell.core.command.exit.ExitStatusExceptionMapper;
import org.springframework.shell.core.command.CommandParser;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.jline.CommandCompleter;
import org.springframework.shell.jline.PromptProvider;
import org.textquiz.core.analysis.Analyzer;
import org.textquiz.core.analysis.Morphology;
import org.textquiz.core.analysis.Passages;
import org.textquiz.core.article.Article;
import org.textquiz.core.article.Sentence;
import org.textquiz.core.comprehension.HeadlineGenerator;
import org.textquiz.core.comprehension.QuoteGenerator;
import org.textquiz.core.comprehension.TrueFalseGenerator;
import org.textquiz.core.comprehension.WhGenerator;
import org.textquiz.core.grammar.AdjectiveExercises;
import org.textquiz.core.grammar.ArticleExercises;
import org.textquiz.core.grammar.GenderExercises;
import org.textquiz.core.grammar.PrepositionExercises;
import org.textquiz.core.grammar.VerbExercises;
import org.textquiz.core.analysis.GermanCheck;
import org.textquiz.core.analysis.Pipeline;
import org.textquiz.core.question.ChoiceGenerator;
import org.textquiz.core.question.ClozeGenerator;
import org.textquiz.core.question.GapFinder;
import org.textquiz.core.question.QuizGenerator;
import org.textquiz.core.quiz.AnswerChecker;
import org.textquiz.nlp.OpenNlpLanguageGuesser;
import org.textquiz.nlp.OpenNlpLemmatizer;
import org.textquiz.nlp.OpenNlpSentenceSplitter;
import org.textquiz.nlp.OpenNlpTagger;
import org.textquiz.nlp.OpenNlpTokenizer;
import org.textquiz.nlp.de.BackgroundParser;
import org.textquiz.nlp.de.GermanDictionary;
import org.textquiz.nlp.de.GermanLemmaGuesser;
import org.textquiz.nlp.de.GermanLemmatizer;
import org.textquiz.nlp.de.GermanLexicon;
import org.textquiz.nlp.de.GermanWordFields;
import org.textquiz.nlp.de.GermanMorphology;
import org.textquiz.nlp.de.GermanAbbreviations;
import org.textquiz.nlp.de.GermanOrdinals;
import org.textquiz.nlp.de.GermanSentenceSplitter;
import org.textquiz.nlp.de.GermanAdverbTags;
import org.textquiz.nlp.de.GermanVerbTags;
import org.textquiz.quizfile.QuizFiles;
import org.textquiz.quizfile.QuizJson;
import org.textquiz.core.progress.ProgressStore;
import org.textquiz.store.DataDirectory;
import org.textquiz.store.DatabaseSettings;
import org.textquiz.store.ProgressStores;

@Configuration(proxyBeanMethods = false)
public class TextquizConfiguration {

    /** The most sentences of the bundled article parsed ahead; a news report has forty or so. */
    private static final int PARSED_AHEAD = 150;


    @Bean
    GermanDictionary germanDictionary() {
        return GermanDictionary.load();
    }

    /** The models load on first use, which the workspace starts in the background, not before the prompt. */
    @Bean
    Analyzer analyzer(ObjectProvider<GermanDictionary> dictionary) {
        OnFirstUse<Analyzer> pipeline = new OnFirstUse<>(() -> new Pipeline(
            new GermanSentenceSplitter(new OpenNlpSentenceSplitter(), dictionary.getObject()),
            new GermanAbbreviations(new GermanOrdinals(new OpenNlpTokenizer())),
            new GermanAdverbTags(new GermanVerbTags(new OpenNlpTagger(), dictionary.getObject()), dictionary.getObject()),
            new GermanLemmatizer(dictionary.getObject()),
            true));
        return (text, lines, progress) -> pipeline.get().analyze(text, lines, progress);
    }

    @Bean
    Morphology morphology(GermanDictionary dictionary) {
        return GermanMorphology.load(dictionary);
    }

    /** Loads in the background once the shell's prompt is up, or on the first parse. */
    @Bean
    BackgroundParser dependencyParser() {
        return new BackgroundParser();
    }

    @Bean
    QuizGenerator quizGenerator(GermanDictionary dictionary, Morphology morphology, BackgroundParser parser) {
        OnFirstUse<OpenNlpLemmatizer> statistical = new OnFirstUse<>(OpenNlpLemmatizer::new);
        GermanWordFields fields = new GermanWordFields(dictionary);
        return new QuizGenerator(new GapFinder(new GermanLexicon(dictionary), new GermanLemmaGuesser(statistical::get)),
            List.of(new ClozeGenerator(), new ChoiceGenerator(new GermanLexicon(dictionary), fields)),
            List.of(new WhGenerator(morphology, fields, parser), new QuoteGenerator(morphology, parser),
                new TrueFalseGenerator(morphology, fields, parser), new HeadlineGenerator()),
            List.of(new ArticleExercises(morphology), new PrepositionExercises(morphology), new VerbExercises(morphology),
                new AdjectiveExercises(morphology), new GenderExercises(morphology)));
    }

    @Bean
    QuizJson quizJson() {
        return new QuizJson();
    }

    @Bean
    QuizFiles quizFiles(QuizJson json) {
        return new QuizFiles(json);
    }

    @Bean
    AnswerChecker answerChecker() {
        return new AnswerChecker();
    }

    @Bean
    InstantSource clock() {
        return InstantSource.system();
    }

    @Bean
    Workspace workspace(Analyzer analyzer, Notices notices, @Value("${textquiz.quizzes-dir:quizzes}") Path quizzesDir,
                        @Value("${textquiz.bundled-article:rutte-scholz-berlin.txt}") String bundled,
                        BackgroundParser parser) {
        return new Workspace(analyzer, new GermanCheck(new OpenNlpLanguageGuesser()), notices, quizzesDir, bundled,
            article -> parseAhead(parser, article));
    }

    /** A news article's sentences all; a longer text is left to the quizzes, which parse only their sample. */
    private static void parseAhead(BackgroundParser parser, Article article) {
        List<Sentence> sentences = article.sentences().filter(s -> !s.headline() && s.wordCount() > 0).toList();
        if (!Passages.sampled(article.text()) && sentences.size() <= PARSED_AHEAD) {
            parser.parseAhead(sentences);
        }
    }

    @Bean
    Notices notices() {
        return new Notices();
    }

    /**
     * Opened on first use, so that commands that keep no progress never touch the database. A school's
     * PostgreSQL database when {@code TEXTQUIZ_DATABASE} is set (in the environment or the config folder's
     * {@code database.properties}), else the embedded SQLite file; migrations run on a shared database only
     * with {@code --migrate}.
     */
    @Bean(destroyMethod = "close")
    ProgressStore progressStore(@Value("${textquiz.data-dir:}") String dataDir,
                                @Value("${textquiz.migrate:false}") boolean migrate, Environment environment,
                                QuizJson json, Notices notices) {
        Path dir = DataDirectory.resolve(dataDir, System.getenv(),
            ConfigDirectory.home(System.getenv(), System.getProperty("user.home")));
        Optional<DatabaseSettings> school = DatabaseSettings.resolve(environment::getProperty,
            ConfigDirectory.resolve(System.getenv(), System.getProperty("user.home")));
        return ProgressStores.open(dir, school, migrate, json, java.time.Clock.systemUTC(), notices);
    }

    @Bean
    Progress progress(ObjectProvider<ProgressStore> store, InstantSource clock, Notices notices,
                      @Value("${textquiz.learner:}") String learner, @Value("${textquiz.data-dir:}") String dataDir) {
        Path dir = DataDirectory.resolve(dataDir, System.getenv(),
            ConfigDirectory.home(System.getenv(), System.getProperty("user.home")));
        return Progress.remembering(store, clock, notices, learner, dir.resolve(Progress.LAST_LEARNER),
            System.getProperty("user.name"));
    }

    @Bean
    SessionRunner sessionRunner(Workspace workspace, Notices notices,
                                ObjectProvider<org.jline.terminal.Terminal> terminal) {
        return new SessionRunner(workspace, notices, terminal);
    }

    @Bean
    ExitStatusExceptionMapper userErrors() {
        return new UserErrors();
    }

    @Bean
    CompletionProvider pathCompletion() {
        FileNameCompletionProvider files = new FileNameCompletionProvider();
        return context -> {
            try {
                return files.apply(context);
            } catch (RuntimeException unreadableDirectory) {
                return List.of();
            }
        };
    }

    @Bean
    InteractiveShell interactiveShell(LineReader reader, PromptProvider prompt, CommandParser parser,
                                      CommandRegistry registry, Notices notices, Progress progress,
                                      ObjectProvider<Workspace> workspace,
                                      ObjectProvider<BackgroundParser> dependencyParser) {
        return new InteractiveShell(reader, prompt, parser, registry, notices, progress,
            ConfigDirectory.resolve(System.getenv(), System.getProperty("user.home")),
            () -> {
                workspace.getObject().prepare();
                dependencyParser.getObject().start();
            });
    }

    @Bean
    CommandCompleter commandCompleter(CommandRegistry registry) {
        return new ArgumentCompleter(registry);
    }

    @Bean
    HelpCommand helpCommand(ObjectProvider<org.jline.terminal.Terminal> terminal) {
        return new HelpCommand(() -> {
            org.jline.terminal.Terminal t = terminal.getIfAvailable();
            return t == null || System.console() == null ? 0 : t.getWidth();
        });
    }

    @Bean
    PromptProvider promptProvider() {
        return () -> Colors.paint("textquiz> ", AttributedStyle.CYAN);
    }
}
