package org.yusuan.workbench.cli;

import org.yusuan.workbench.service.ProgramVersion;
import picocli.CommandLine;

/** The version of the build (jar manifest, or Maven's filtered resource when run from classes); "dev" when unknown. */
final class Version implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {"预算编制工作台 Yusuan Workbench " + ProgramVersion.current().orElse("dev")};
    }
}
