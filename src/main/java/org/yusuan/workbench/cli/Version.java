package org.yusuan.workbench.cli;

import static org.yusuan.workbench.cli.CliTexts.TEXTS;

import org.yusuan.workbench.service.ProgramVersion;
import picocli.CommandLine;

/** The version of the build (jar manifest, or Maven's filtered resource when run from classes); "dev" when unknown. */
final class Version implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {TEXTS.get("version", ProgramVersion.current().orElse("dev"))};
    }
}
