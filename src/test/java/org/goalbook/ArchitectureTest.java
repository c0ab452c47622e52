package org.goalbook;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.util.Arrays;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The package arrows of docs/STYLE.md made true: {@code ui → markdown, store, exchange → model},
 * {@code cli → store, markdown, exchange → model}, {@code app → ui, cli}, and JavaFX only in {@code ui} and {@code app}.
 * Only production classes are checked; tests may reach across layers to set things up.
 */
@AnalyzeClasses(packages = "org.goalbook", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule javafxOnlyInUiAndApp = noClasses()
            .that().resideInAnyPackage(layers("model", "store", "markdown", "exchange", "clip", "cli"))
            .should().dependOnClassesThat().resideInAPackage("javafx..")
            .because("the command line and every layer below the window must run without a display");

    @ArchTest
    static final ArchRule modelDependsOnNoOtherLayer = onlyOn("model")
            .because("the domain is the centre every other layer points to");

    @ArchTest
    static final ArchRule storeDependsOnlyOnModel = onlyOn("store", "model");

    @ArchTest
    static final ArchRule markdownDependsOnlyOnModel = onlyOn("markdown", "model");

    @ArchTest
    static final ArchRule exchangeDependsOnlyOnModelAndMarkdown = onlyOn("exchange", "model", "markdown");

    @ArchTest
    static final ArchRule clipDependsOnlyOnModel = onlyOn("clip", "model");

    @ArchTest
    static final ArchRule cliDoesNotKnowTheWindow = noClasses()
            .that().resideInAPackage("org.goalbook.cli..")
            .should().dependOnClassesThat().resideInAnyPackage(layers("ui", "app"))
            .because("the app hands the command line a WindowLauncher; the command line never reaches for the window");

    // allowEmptyShould: the ui package is written on another branch; until it is merged there is nothing to check.
    @ArchTest
    static final ArchRule uiDoesNotKnowTheCommandLine = noClasses()
            .that().resideInAPackage("org.goalbook.ui..")
            .should().dependOnClassesThat().resideInAPackage("org.goalbook.cli..")
            .allowEmptyShould(true)
            .because("the window and the command line are siblings wired together by the app");

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
