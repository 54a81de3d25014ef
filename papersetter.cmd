@echo off
rem papersetter launcher for Windows, from cmd or PowerShell (papersetter generate, or
rem .\papersetter generate in PowerShell). It does what ./papersetter does for bash, and LauncherTest
rem checks that the two stay in step:
rem  - builds the jar with Maven when it is missing or the sources changed,
rem  - makes the class-data archive from a training run on the first run after a build,
rem  - starts Java with the settings in launcher\jvm.options (the file ./papersetter reads too),
rem  - passes the command's arguments through as given, and its exit code back.
rem
rem Paths with spaces or letters of any script: Java on Windows reads its command line in the
rem system's code page, so a folder named in letters outside it would reach Java garbled. So this
rem script names its own files by their short (8.3) paths, which are plain ASCII, and hands Java the
rem folder of the shipped bank and layouts in PAPERSETTER_HOME, which Java reads in full Unicode.
rem Kept to plain cmd, with no delayed expansion and the arguments never inside a bracketed
rem block, so that quoted arguments holding brackets, ampersands, carets, percent or exclamation
rem marks reach papersetter as typed.
setlocal EnableExtensions DisableDelayedExpansion

for %%I in ("%~dp0.") do set "PAPERSETTER_HOME=%%~fI"
for %%I in ("%~dp0.") do set "here=%%~fsI"
set "jar=%here%\target\papersetter.jar"
set "archive=%here%\target\papersetter.jsa"
set "stamp=%here%\target\sources.stamp"
set "options=%here%\launcher\jvm.options"
set "java=java"
if defined JAVA_HOME set "java=%JAVA_HOME%\bin\java.exe"
if defined JAVA_HOME goto :haveJava
where java >nul 2>nul
if errorlevel 1 goto :noJava
:haveJava

rem The jar is stale when the list of source files with their times and sizes differs from the one
rem written after the last build (cmd cannot compare file times the way find -newer does).
set "build="
if not exist "%jar%" set "build=1"
if not exist "%stamp%" set "build=1"
if defined build goto :build
call :listSources >"%here%\target\sources.now"
fc /b "%stamp%" "%here%\target\sources.now" >nul 2>nul
if errorlevel 1 set "build=1"
del "%here%\target\sources.now" 2>nul
if not defined build goto :built

:build
where mvn >nul 2>nul
if errorlevel 1 goto :noMaven
>&2 echo papersetter: building the jar (first run, or the sources changed)...
for %%I in ("%TEMP%") do set "log=%%~fsI\papersetter-build-%RANDOM%%RANDOM%.log"
pushd "%here%"
call mvn -q -DskipTests package >"%log%" 2>&1
set "code=%ERRORLEVEL%"
popd
if "%code%"=="0" goto :buildDone
type "%log%" >&2
del "%log%" 2>nul
>&2 echo papersetter: the build failed; see the messages above.
exit /b 1
:buildDone
del "%log%" 2>nul
call :listSources >"%stamp%"
if exist "%archive%" del "%archive%"
:built

rem A training run on the shipped banks (Django's code, the maths sample's formulas) lists the
rem classes every command needs; a static archive of
rem them serves them all from then on (static, because picocli is built for Java 5). The archive is
rem remade when the jar is newer than it: the jar's time and size are kept beside it.
for %%J in ("%jar%") do set "jarstamp=%%~tzJ"
set "archived="
if exist "%archive%.stamp" set /p archived=<"%archive%.stamp"
if exist "%archive%" if "%archived%"=="%jarstamp%" goto :run
for %%I in ("%TEMP%") do set "training=%%~fsI\papersetter-training-%RANDOM%%RANDOM%"
mkdir "%training%" 2>nul
"%java%" "@%options%" "-XX:DumpLoadedClassList=%training%\classes.lst" -jar "%jar%" generate --bank "%here%\bank" --count 40 --sets 2 --seed 1 --out "%training%\out" >nul 2>&1
if exist "%archive%" del "%archive%"
"%java%" -XX:+UseSerialGC -Xshare:dump "-XX:SharedClassListFile=%training%\classes.lst" "-XX:SharedArchiveFile=%archive%" -cp "%jar%" >nul 2>&1
if errorlevel 1 if exist "%archive%" del "%archive%"
if exist "%archive%" >"%archive%.stamp" echo %jarstamp%
rmdir /s /q "%training%" 2>nul

:run
if exist "%archive%" goto :runShared
"%java%" "@%options%" -jar "%jar%" %*
exit /b %ERRORLEVEL%
:runShared
"%java%" "@%options%" "-XX:SharedArchiveFile=%archive%" -jar "%jar%" %*
exit /b %ERRORLEVEL%

:listSources
for /r "%here%\src\main" %%F in (*) do echo %%~tzF %%~fF
for %%F in ("%here%\pom.xml") do echo %%~tzF %%~fF
exit /b 0

:noJava
>&2 echo papersetter: Java was not found. Install Java 17 or newer (for example Eclipse Temurin), or set
>&2 echo JAVA_HOME to its folder; or install the papersetter app, which brings its own Java (see README.md, Install).
exit /b 1

:noMaven
>&2 echo papersetter: building from the sources needs Maven (mvn), which was not found. Install Maven, or use
>&2 echo the release jar or the papersetter app instead (see README.md, Install).
exit /b 1
