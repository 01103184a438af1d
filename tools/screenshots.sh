#!/usr/bin/env bash
# Saves screenshots of the workstation's main screens (on a fresh copy of the sample) into
# docs/screenshots/, for the user guide. Needs xvfb-run and GTK 3 (Debian: xvfb libgtk-3-0).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=test
xvfb-run -a -s "-screen 0 1400x900x24" \
    java -cp "target/test-classes:target/classes:$(cat target/classpath.txt)" \
    org.yusuan.workbench.app.tour.ScreenshotTour\$Launcher docs/screenshots
ls -1 docs/screenshots
