package org.goalbook;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.Arrays;
import java.util.List;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.goalbook.store.NotebookException;

/**
 * The package arrows made true (docs/decisions/architecture-rules.md): {@code ui → markdown, store, exchange, review →
 * model}, {@code cli → store, markdown, exchange, review → model}, {@code exchange → review},
 * {@code handoff → store → model}, {@code history → store, markdown → model}, {@code sync → store, markdown → model}
 * (the linked journal file), {@code app → ui, cli}, JavaFX only in {@code ui} and {@code app}, the window reaching the
 * store only through its session, each library in its layer, and no cycles between the window's parts.
 * Only production classes are checked; tests may reach across layers to set things up.
 */
@AnalyzeClasses(packages = "org.goalbook", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule javafxOnlyInUiAndApp = noClasses()
            .that().resideInAnyPackage(layers("model", "store", "markdown", "exchange", "review", "clip", "cli",
                    "handoff", "history", "sync"))
            .should().dependOnClassesThat().resideInAPackage("javafx..")
            .because("the command line and every layer below the window must run without a display");

    @ArchTest
    static final ArchRule awtOnlyForThePngPicture = noClasses()
            .that().resideOutsideOfPackage("org.goalbook.exchange..")
            .should().dependOnClassesThat().resideInAnyPackage("java.awt..", "javax.imageio..")
            .because("Java2D draws the radar PNG without a display (docs/decisions/radar-picture.md); the window "
                    + "draws with JavaFX, and two toolkits in one window invite trouble");

    @ArchTest
    static final ArchRule modelDependsOnNoOtherLayer = onlyOn("model")
            .because("the domain is the centre every other layer points to");

    @ArchTest
    static final ArchRule storeDependsOnlyOnModel = onlyOn("store", "model");

    @ArchTest
    static final ArchRule markdownDependsOnlyOnModel = onlyOn("markdown", "model");

    @ArchTest
    static final ArchRule exchangeDependsOnlyOnModelMarkdownAndReview = onlyOn("exchange", "model", "markdown",
            "review");

    @ArchTest
    static final ArchRule reviewDependsOnlyOnModel = onlyOn("review", "model")
            .because("stance history, progress and the radar layout are shared by the command line, the window and "
                    + "the radar export");

    @ArchTest
    static final ArchRule handoffDependsOnlyOnStoreAndModel = onlyOn("handoff", "store", "model");

    @ArchTest
    static final ArchRule historyDependsOnlyOnStoreMarkdownAndModel = onlyOn("history", "store", "markdown", "model")
            .because("backups are made through the open store; their counts read pages' tasks as `info` does");

    @ArchTest
    static final ArchRule clipDependsOnlyOnModel = onlyOn("clip", "model");

    @ArchTest
    static final ArchRule syncDependsOnlyOnStoreMarkdownAndModel = onlyOn("sync", "store", "markdown", "model")
            .because("the linked journal file is kept in step the same way by the command line and the window");

    @ArchTest
    static final ArchRule diffUtilsOnlyInSync = libraryOnlyIn("sync", "com.github.difflib..");

    @ArchTest
    static final ArchRule cliDoesNotKnowTheWindow = noClasses()
            .that().resideInAPackage("org.goalbook.cli..")
            .should().dependOnClassesThat().resideInAnyPackage(layers("ui", "app"))
            .because("the app hands the command line a WindowLauncher; the command line never reaches for the window");

    @ArchTest
    static final ArchRule uiDoesNotKnowTheCommandLine = noClasses()
            .that().resideInAPackage("org.goalbook.ui..")
            .should().dependOnClassesThat().resideInAPackage("org.goalbook.cli..")
            .because("the window and the command line are siblings wired together by the app");

    /*
     * One exception, by name: the session's methods throw the store's NotebookException, and the window tells a
     * failed write (a dialog) from a refused edit (a status line) by it. It goes when the session reports failures in
     * a type of its own.
     */
    @ArchTest
    static final ArchRule uiReachesTheStoreOnlyThroughTheSession = noClasses()
            .that().resideInAPackage("org.goalbook.ui..").and().resideOutsideOfPackage("org.goalbook.ui.session..")
            .should().dependOnClassesThat(resideInAPackage("org.goalbook.store..")
                    .and(not(JavaClass.Predicates.equivalentTo(NotebookException.class)))
                    .as("are store classes other than NotebookException"))
            .because("one open notebook is one session: its outline, its undo history and its writes go together");

    @ArchTest
    static final ArchRule noCyclesBetweenTheWindowsParts = slices().matching("org.goalbook.ui.(*)..")
            .should().beFreeOfCycles()
            .because("each part of the window (tree, editor, menu, …) can be read and tested without the others "
                    + "that use it");

    @ArchTest
    static final ArchRule flexmarkAndJsoupOnlyInMarkdownAndClip = libraryOnlyIn(List.of("markdown", "clip"),
            "com.vladsch.flexmark..", "org.jsoup..");

    @ArchTest
    static final ArchRule feedAndMailReadersOnlyInClip = libraryOnlyIn(List.of("clip"), "com.rometools..",
            "jakarta.mail..", "org.eclipse.angus..");

    @ArchTest
    static final ArchRule jacksonOnlyInExchange = libraryOnlyIn("exchange", "com.fasterxml.jackson..");

    @ArchTest
    static final ArchRule sqliteOnlyInStore = libraryOnlyIn("store", "org.sqlite..", "java.sql..");

    @ArchTest
    static final ArchRule picocliOnlyInCli = libraryOnlyIn("cli", "picocli..");

    /** No Goalbook class outside {@code layer} uses the library in {@code packages}. */
    private static ArchRule libraryOnlyIn(String layer, String... packages) {
        return libraryOnlyIn(List.of(layer), packages);
    }

    private static ArchRule libraryOnlyIn(List<String> layers, String... packages) {
        return noClasses().that().resideInAPackage("org.goalbook..")
                .and().resideOutsideOfPackages(layers(layers.toArray(String[]::new)))
                .should().dependOnClassesThat().resideInAnyPackage(packages)
                .because("a library stays in the one layer that speaks its language, so it can be replaced there");
    }

    /** No class in {@code layer} depends on a Goalbook class outside {@code layer} and the {@code allowed} layers. */
    private static ArchRule onlyOn(String layer, String... allowed) {
        String[] own = layers(concat(layer, allowed));
        return noClasses().that().resideInAPackage("org.goalbook." + layer + "..")
                .should().dependOnClassesThat(resideInAPackage("org.goalbook..").and(not(resideInAnyPackage(own)))
                        .as("are Goalbook classes outside " + String.join(", ", concat(layer, allowed))));
    }

    private static String[] layers(String... names) {
        return Arrays.stream(names).map(n -> "org.goalbook." + n + "..").toArray(String[]::new);
    }

    private static String[] concat(String first, String... rest) {
        String[] all = new String[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }
}
