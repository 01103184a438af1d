#!/bin/sh
# Writes the class-data archive of the installed program (lib/app/yusuan.jsa) from the class list
# recorded when the package was built (yusuan.classlist). Run by the package's postinst; by hand
# after moving the folder. JDK 17 accepts an archive only for the jar path it was made with, so it
# is made here, at the installed path. Both launchers use it (-XX:SharedArchiveFile, -Xshare:auto):
# without it they start as well, only slower.
set -e
app=$(cd "$(dirname "$0")" && pwd)
rm -f "$app/yusuan.jsa"
"$app/../runtime/bin/java" -Xshare:dump -XX:SharedClassListFile="$app/yusuan.classlist" \
    -XX:SharedArchiveFile="$app/yusuan.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off \
    -cp "$app/yusuan.jar" >/dev/null 2>&1 || echo "yusuan: class archive not written (start-up will be slower)" >&2
