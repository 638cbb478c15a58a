@echo off
rem handbook @project.version@: starts ..\handbook.jar (beside this folder) with the JVM options that
rem docs\performance.md recommends, and with a class-data archive (Java 17-23) or an AOT cache (Java 24
rem and later) that spares the JVM loading and verifying the generator's classes on every start.
rem
rem   target\bin\handbook build [--config site.yml] ...   any command of java -jar target\handbook.jar
rem   target\bin\handbook --launcher-archive              (re)writes the archive for this java, then exits
rem
rem Java: %JAVA_HOME%\bin\java.exe, else the java on the PATH (17 or newer). HANDBOOK_JAVA_OPTS adds JVM
rem options after the launcher's own, so a larger -Xmx there wins. The same steps as target/bin/handbook,
rem the POSIX launcher beside it. Written by mvn package from src\main\launcher\.
setlocal EnableExtensions DisableDelayedExpansion

rem This script's folder, so it works from any folder and in a moved clone.
set "HB_BIN=%~dp0"
set "HB_BIN=%HB_BIN:~0,-1%"
for %%d in ("%HB_BIN%\..") do set "HB_JAR=%%~fd\handbook.jar"
if exist "%HB_JAR%" goto haveJar
echo handbook: %HB_JAR% is missing; run mvn package 1>&2
exit /b 2
:haveJar

set "HB_JAVA="
if not defined JAVA_HOME goto javaOnPath
set "HB_JAVA=%JAVA_HOME%\bin\java.exe"
set "HB_HOME=%JAVA_HOME%"
goto haveJava
:javaOnPath
for %%j in (java.exe) do set "HB_JAVA=%%~$PATH:j"
if defined HB_JAVA goto javaHome
echo handbook: no java on the PATH and JAVA_HOME is not set; install Java 17 or newer 1>&2
exit /b 2
:javaHome
for %%j in ("%HB_JAVA%\..\..") do set "HB_HOME=%%~fj"
:haveJava

rem The JVM's exact build, cheaply: its release file (no JVM start), else the JVM's own properties. It
rem names the archive, which only that build can read.
set "HB_BUILD="
if not exist "%HB_HOME%\release" goto askJava
for /f "usebackq tokens=1,* delims==" %%a in ("%HB_HOME%\release") do if "%%a"=="JAVA_RUNTIME_VERSION" set "HB_BUILD=%%~b"
if defined HB_BUILD goto haveBuild
for /f "usebackq tokens=1,* delims==" %%a in ("%HB_HOME%\release") do if "%%a"=="JAVA_VERSION" set "HB_BUILD=%%~b"
if defined HB_BUILD goto haveBuild
:askJava
for /f "tokens=1,* delims==" %%a in ('call "%HB_JAVA%" -XshowSettings:properties -version 2^>^&1 ^| findstr /c:"java.runtime.version ="') do set "HB_BUILD=%%b"
if defined HB_BUILD set "HB_BUILD=%HB_BUILD: =%"
if defined HB_BUILD goto haveBuild
echo handbook: cannot run %HB_JAVA% 1>&2
exit /b 2
:haveBuild
set "HB_FEATURE="
for /f "delims=.-+_" %%f in ("%HB_BUILD%") do set "HB_FEATURE=%%f"
if not defined HB_FEATURE set "HB_FEATURE=0"
if %HB_FEATURE% GEQ 17 goto newEnough
echo handbook: needs Java 17 or newer, and %HB_JAVA% is %HB_BUILD%; set JAVA_HOME to a newer one 1>&2
exit /b 2
:newEnough
set "HB_NAME=handbook-%HB_BUILD:+=_%"

rem The command (the first word that is not an option) chooses the compilers: a build is over before the
rem full JIT pays back, a long-running preview gains from it.
set "HB_COMMAND="
call :firstWord %*

rem The options of docs\performance.md: a heap cap that keeps a 10,000-note build under 1 GiB resident;
rem G1's marking started late and parsed notes promoted at once (they live until drawn). (Huge pages are
rem a Linux option.)
set "HB_JVM=-Xmx768m -XX:-G1UseAdaptiveIHOP -XX:InitiatingHeapOccupancyPercent=80 -XX:MaxTenuringThreshold=1"
if /i not "%HB_COMMAND%"=="serve" set "HB_JVM=-XX:TieredStopAtLevel=1 %HB_JVM%"
rem A missing, stale or damaged archive only costs speed: the JVM then runs without it, and says nothing.
set "HB_QUIET=-Xlog:cds*=off"
if %HB_FEATURE% GEQ 24 goto aotCache
set "HB_ARCHIVE=%HB_BIN%\%HB_NAME%.jsa"
set HB_SHARE="-XX:SharedArchiveFile=%HB_BIN%\%HB_NAME%.jsa"
goto haveArchive
:aotCache
set "HB_ARCHIVE=%HB_BIN%\%HB_NAME%.aot"
set HB_SHARE="-XX:AOTCache=%HB_BIN%\%HB_NAME%.aot"
set "HB_QUIET=%HB_QUIET% -Xlog:aot*=off"
:haveArchive
rem What the archive is made for: the jar's path, time and size (equal or not, whatever the locale).
for %%f in ("%HB_JAR%") do set "HB_STAMP=%%~ff %%~tf %%~zf"

if /i not "%~1"=="--launcher-archive" goto launch
call :train
if "%HB_TRAINED%"=="yes" goto trainedOnRequest
echo handbook: could not write %HB_ARCHIVE%; the launcher runs without it (see %HB_ARCHIVE%.failed) 1>&2
exit /b 1
:trainedOnRequest
echo handbook: wrote %HB_ARCHIVE%
exit /b 0

:launch
rem The archive for this JVM is written once, before the first launch that lacks it; one made for another
rem jar (rebuilt or moved) is written again. After a failure, not again until the jar changes.
set "HB_MADE_FOR="
if exist "%HB_ARCHIVE%.for" set /p HB_MADE_FOR=<"%HB_ARCHIVE%.for"
if not exist "%HB_ARCHIVE%" goto stale
if "%HB_MADE_FOR%"=="%HB_STAMP%" goto run
:stale
if "%HB_MADE_FOR%"=="failed %HB_STAMP%" goto run
if not exist "%HB_BIN%\training\site.yml" goto run
call :train

:run
"%HB_JAVA%" %HB_JVM% %HB_QUIET% %HB_SHARE% %HANDBOOK_JAVA_OPTS% -jar "%HB_JAR%" %*
exit /b %ERRORLEVEL%

rem Trains the archive on the small handbook in training\ (not the user's notes, which may be big or
rem broken), under a temporary name that is renamed once written.
:train
set "HB_TRAINED=no"
set "HB_TEMP=%HB_ARCHIVE%.%RANDOM%"
set "HB_WORK=%TEMP%\handbook-training.%RANDOM%"
if %HB_FEATURE% GEQ 24 goto trainAot
"%HB_JAVA%" %HB_JVM% "-XX:ArchiveClassesAtExit=%HB_TEMP%" -jar "%HB_JAR%" build --config "%HB_BIN%\training\site.yml" --out "%HB_WORK%" > "%HB_TEMP%.log" 2>&1
goto trainWritten
:trainAot
rem Java 24's two steps: record which classes a build uses, then write them, linked, into the cache.
"%HB_JAVA%" %HB_JVM% -XX:AOTMode=record "-XX:AOTConfiguration=%HB_TEMP%.conf" -jar "%HB_JAR%" build --config "%HB_BIN%\training\site.yml" --out "%HB_WORK%" > "%HB_TEMP%.log" 2>&1
if errorlevel 1 goto trainWritten
"%HB_JAVA%" %HB_JVM% -XX:AOTMode=create "-XX:AOTConfiguration=%HB_TEMP%.conf" "-XX:AOTCache=%HB_TEMP%" -cp "%HB_JAR%" >> "%HB_TEMP%.log" 2>&1
:trainWritten
if not exist "%HB_TEMP%" goto trainFailed
move /y "%HB_TEMP%" "%HB_ARCHIVE%" >nul 2>&1 || goto trainFailed
> "%HB_ARCHIVE%.for" echo %HB_STAMP%
del /q "%HB_TEMP%.log" "%HB_TEMP%.conf" "%HB_ARCHIVE%.failed" >nul 2>&1
set "HB_TRAINED=yes"
goto trainDone
:trainFailed
del /q "%HB_TEMP%" "%HB_TEMP%.conf" >nul 2>&1
move /y "%HB_TEMP%.log" "%HB_ARCHIVE%.failed" >nul 2>&1
> "%HB_ARCHIVE%.for" echo failed %HB_STAMP%
:trainDone
rmdir /s /q "%HB_WORK%" >nul 2>&1
goto :eof

:firstWord
if "%~1"=="" goto :eof
set "HB_WORD=%~1"
if not "%HB_WORD:~0,1%"=="-" goto foundWord
shift
goto firstWord
:foundWord
set "HB_COMMAND=%HB_WORD%"
goto :eof
