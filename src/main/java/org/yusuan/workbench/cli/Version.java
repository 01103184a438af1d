package org.yusuan.workbench.cli;

import picocli.CommandLine;

/** The version from the jar manifest (or "dev" when run from classes). */
final class Version implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = Version.class.getPackage().getImplementationVersion();
        return new String[] {"预算编制工作台 Yusuan Workbench " + (version == null ? "dev" : version)};
    }
}
