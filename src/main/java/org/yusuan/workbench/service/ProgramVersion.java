package org.yusuan.workbench.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.Properties;

/**
 * The version of the program as built: the jar manifest's Implementation-Version (maven-jar-plugin
 * writes it), or, when running from classes ({@code mvn javafx:run}, the tests, an IDE), the
 * version Maven filtered into {@code version.properties}. Empty when neither says, e.g. classes
 * compiled by an IDE without Maven's resource step: the caller says so rather than guess.
 */
public final class ProgramVersion {

    private ProgramVersion() {
    }

    public static Optional<String> current() {
        String fromManifest = ProgramVersion.class.getPackage().getImplementationVersion();
        if (fromManifest != null && !fromManifest.isBlank()) {
            return Optional.of(fromManifest);
        }
        try (InputStream in = ProgramVersion.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return Optional.empty();
            }
            Properties properties = new Properties();
            properties.load(in);
            String version = properties.getProperty("version", "");
            // An unfiltered copy still holds the placeholder: no version is better than a wrong one.
            return version.isBlank() || version.contains("${") ? Optional.empty() : Optional.of(version);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
