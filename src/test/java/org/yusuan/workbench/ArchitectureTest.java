package org.yusuan.workbench;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.GeneralCodingRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layering of docs/architecture.md, enforced: domain ← exchange/store ← service ← cli/app. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.yusuan.workbench");
    }

    /** The layer table of docs/architecture.md, read from the doc itself so the two cannot drift. */
    @Test
    void layersUseOnlyWhatTheArchitectureTableAllows() throws IOException {
        LayerTable.read(Path.of("docs/architecture.md")).rule().check(classes);
    }

    /**
     * Every package, top-level or not: a cycle between two sub-packages is as much a tangle as one
     * between layers. The classes jOOQ generates into {@code store.jooq} are not ours to arrange.
     */
    @Test
    void noPackageCycles() {
        slices().matching("org.yusuan.workbench.(**)").should().beFreeOfCycles()
                .check(classes.that(JavaClass.Predicates.resideOutsideOfPackage("org.yusuan.workbench.store.jooq..")
                        .and(JavaClass.Predicates.resideOutsideOfPackage("org.yusuan.workbench.store.bureau.jooq.."))));
    }

    /** A file a person can hold in their head (the limit the project keeps, docs/architecture.md). */
    @Test
    void noMainSourceFileOverFourHundredLines() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            List<String> tooLong = files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> !p.startsWith(Path.of("src/main/java/org/yusuan/workbench/store/jooq")))
                    .filter(p -> lines(p) > MAX_LINES)
                    .map(p -> p + " (" + lines(p) + ")").sorted().toList();
            assertThat(tooLong).isEmpty();
        }
    }

    private static final int MAX_LINES = 400;

    private static long lines(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.count();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** One place decides how the workstation talks in a box (owner, modality, look). */
    @Test
    void messageBoxesComeFromTheDialogService() {
        noClasses().that().doNotHaveFullyQualifiedName("org.yusuan.workbench.app.common.DialogService")
                .should().callConstructorWhere(DescribedPredicate.describe("a constructor of Alert",
                        call -> call.getTargetOwner().isEquivalentTo(javafx.scene.control.Alert.class)))
                .check(classes);
    }

    @Test
    void domainKnowsNoFrameworkAndNoOuterLayer() {
        noClasses().that().resideInAPackage("..domain..")
                .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "javafx..", "com.itextpdf..",
                        "org.apache.poi..", "picocli..", "org.h2..", "org.flywaydb..", "java.sql..",
                        "org.yusuan.workbench.store..", "org.yusuan.workbench.exchange..",
                        "org.yusuan.workbench.service..", "org.yusuan.workbench.app..", "org.yusuan.workbench.cli..")
                .check(classes);
    }

    @Test
    void auditIsPureDomainCode() {
        // The audit reads a budget, its catalog and the derived tables; it never loads or saves.
        noClasses().that().resideInAPackage("org.yusuan.workbench.audit..")
                .should().dependOnClassesThat().resideInAnyPackage("org.yusuan.workbench.store..",
                        "org.yusuan.workbench.exchange..", "org.yusuan.workbench.service..",
                        "org.yusuan.workbench.app..", "org.yusuan.workbench.cli..", "org.yusuan.workbench.report..",
                        "javafx..", "org.jooq..", "org.apache.poi..", "picocli..", "java.sql..")
                .check(classes);
    }

    @Test
    void moneyIsNeverBinaryFloatingPoint() {
        fields().that().areDeclaredInClassesThat().resideInAPackage("..domain..")
                .should().notHaveRawType(double.class).andShould().notHaveRawType(float.class)
                .andShould().notHaveRawType(Double.class).andShould().notHaveRawType(Float.class)
                .check(classes);
    }

    @Test
    void generatedJooqClassesStayInTheStore() {
        noClasses().that().resideOutsideOfPackage("org.yusuan.workbench.store..")
                .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "org.yusuan.workbench.store.jooq..",
                        "org.yusuan.workbench.store.bureau.jooq..")
                .check(classes);
    }

    @Test
    void storeAndExchangeDoNotReachUp() {
        noClasses().that().resideInAnyPackage("..store..", "..exchange..")
                .should().dependOnClassesThat().resideInAnyPackage("org.yusuan.workbench.service..",
                        "org.yusuan.workbench.app..", "org.yusuan.workbench.cli..", "javafx..")
                .check(classes);
        noClasses().that().resideInAPackage("..exchange..")
                .should().dependOnClassesThat().resideInAPackage("org.yusuan.workbench.store..")
                .check(classes);
    }

    @Test
    void servicesServeBothFrontEnds() {
        noClasses().that().resideInAPackage("..service..")
                .should().dependOnClassesThat().resideInAnyPackage("org.yusuan.workbench.app..",
                        "org.yusuan.workbench.cli..", "javafx..", "picocli..")
                .check(classes);
        noClasses().that().resideInAPackage("..cli..")
                .should().dependOnClassesThat().resideInAnyPackage("org.yusuan.workbench.app..", "javafx..")
                .check(classes);
    }

    @Test
    void noStandardStreamsOutsideTheCommandLine() {
        noClasses().that().resideOutsideOfPackage("org.yusuan.workbench.cli..")
                .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS).check(classes);
    }
}
