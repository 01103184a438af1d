@echo off
rem yusuan - the Yusuan Workbench command line (Windows).
rem Uses the runnable jar built by "mvn -B package -DskipTests" (target\yusuan.jar).
chcp 65001 > nul
set "JAR=%~dp0..\target\yusuan.jar"
if not exist "%JAR%" (
  echo 找不到 %JAR%，请先构建：mvn -B package -DskipTests 1>&2
  exit /b 3
)
rem Short commands: C1 only with one compiler thread, serial GC and a 512 MB young generation (no
rem collection during a booklet) start and run faster (docs/performance.md).
java -XX:TieredStopAtLevel=1 -XX:CICompilerCount=1 -XX:+UseSerialGC -Xmn512m -Dfile.encoding=UTF-8 -jar "%JAR%" %*
