package org.yusuan.workbench.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/**
 * The ways the workstation starts — {@code mvn javafx:run} (README), installer/yusuan-workbench
 * (daily use), the native installers (installer/build-package.sh) and the tests — put the program on
 * the class path and start the same main class; the installers' {@code yusuan} starts the jar's.
 * They once differed: JavaFX on the module path under javafx:run broke ControlsFX, while the tests,
 * all on the class path, passed. {@link WorkbenchLaunchIT} starts the launcher itself.
 */
class LaunchPathTest {

    private static final String LAUNCHER = "org.yusuan.workbench.app.WorkbenchLauncher";

    @Test
    void mavenRunPutsEverythingOnTheClassPathAsTheTestsDo() throws Exception {
        Document pom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(Path.of("pom.xml").toFile());
        var xpath = XPathFactory.newInstance().newXPath();
        String javafx = "/project/build/plugins/plugin[artifactId='javafx-maven-plugin']/configuration/";
        assertThat(xpath.evaluate(javafx + "runtimePathOption", pom)).isEqualTo("CLASSPATH");
        assertThat(xpath.evaluate(javafx + "mainClass", pom)).isEqualTo("${main.class}");
        assertThat(xpath.evaluate("/project/properties/main.class", pom)).isEqualTo(LAUNCHER);
        assertThat(xpath.evaluate("/project/build/plugins/plugin[artifactId='maven-surefire-plugin']"
                + "/configuration/useModulePath", pom)).isEqualTo("false");
    }

    @Test
    void theLauncherScriptStartsTheSameMainClassFromTheClassPath() throws Exception {
        String script = Files.readString(Path.of("installer/yusuan-workbench"));
        assertThat(script).contains("main=" + LAUNCHER).contains("-cp \"$jar\" $main");
        assertThat(script).doesNotContain("--module-path").doesNotContain("-p ");
    }

    @Test
    void theInstallersStartTheSameMainClassesFromTheClassPath() throws Exception {
        String build = Files.readString(Path.of("installer/build-package.sh"));
        assertThat(build).contains("--main-jar yusuan.jar --main-class " + LAUNCHER)
                .contains("cp \"$jar\" \"$out/input/yusuan.jar\"")
                .doesNotContain("--module-path").doesNotContain("--module ");
        String jarMain = "org.yusuan.workbench.cli.YusuanCommand";
        assertThat(Files.readString(Path.of("pom.xml"))).contains("<mainClass>" + jarMain + "</mainClass>");
        for (String system : new String[] {"linux", "windows", "macos"}) {
            assertThat(Files.readString(Path.of("installer", system, "yusuan.properties")))
                    .as(system).contains("main-class=" + jarMain).doesNotContain("module=");
        }
    }
}
