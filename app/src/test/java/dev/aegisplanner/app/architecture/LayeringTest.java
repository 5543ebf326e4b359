package dev.aegisplanner.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layering the product depends on. The model runs headless in tests, on servers and from the command
 * line, so it never sees JavaFX or the app; the command line must run where there is no display, so it
 * depends only on the model, picocli, Jackson and the JDK. The renderer draws the editor's canvas and the
 * command line's pictures alike, so it knows no toolkit either: JavaFX reaches it only through a surface the
 * canvas implements. Rules over no classes fail (ArchUnit's default), so a renamed package cannot make them
 * pass vacuously.
 */
class LayeringTest {

    private static JavaClasses production;

    @BeforeAll
    static void importProductionClasses() {
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.aegisplanner");
    }

    @Test
    void theModelNeverDependsOnJavaFx() {
        noClasses().that().resideInAPackage("dev.aegisplanner.model..")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .check(production);
    }

    @Test
    void theModelNeverDependsOnTheApp() {
        noClasses().that().resideInAPackage("dev.aegisplanner.model..")
                .should().dependOnClassesThat().resideInAPackage("dev.aegisplanner.app..")
                .check(production);
    }

    @Test
    void theCommandLineNeverDependsOnJavaFx() {
        noClasses().that().resideInAPackage("dev.aegisplanner.app.cli..")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .check(production);
    }

    @Test
    void theRendererNeverDependsOnJavaFx() {
        noClasses().that().resideInAPackage("dev.aegisplanner.app.render..")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .check(production);
    }

    @Test
    void theRendererReachesNothingOfTheAppButTheExportPlugInInterface() {
        classes().that().resideInAPackage("dev.aegisplanner.app.render..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("dev.aegisplanner.app.render..",
                        "dev.aegisplanner.app.cli.export..", "dev.aegisplanner.model..", "java..", "javax.imageio..")
                .check(production);
    }

    @Test
    void theCommandLineReachesNothingOfTheAppButItself() {
        classes().that().resideInAPackage("dev.aegisplanner.app.cli..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("dev.aegisplanner.app.cli..",
                        "dev.aegisplanner.model..", "picocli..", "com.fasterxml.jackson..", "java..")
                .check(production);
    }

    /**
     * Playback and the tier palette sit under every view that shows a trace (map, canvas, editor panels); the
     * palette takes its colours from the toolkit-free renderer's, so pictures and panels agree.
     */
    @Test
    void thePlaybackKnowsNoView() {
        classes().that().resideInAPackage("dev.aegisplanner.app.trace..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("dev.aegisplanner.app.trace..",
                        "dev.aegisplanner.app.render", "dev.aegisplanner.app.render.surface",
                        "dev.aegisplanner.model..", "javafx..", "java..")
                .check(production);
    }

    @Test
    void theMapAndTheBackboneViewsKnowNothingOfTheEditorWindow() {
        noClasses().that().resideInAnyPackage("dev.aegisplanner.app.map..", "dev.aegisplanner.app.backbone..")
                .should().dependOnClassesThat().resideInAPackage("dev.aegisplanner.app.editor..")
                .check(production);
    }
}
