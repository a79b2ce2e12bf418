; Inno Setup 6 script: the Windows installer of 一次办结 (not built on Linux).
;
; On a Windows build machine, after `uv run python packaging\build.py`:
;   iscc /DAppVersion=0.1.0 packaging\windows\yicibanjie.iss
; (the version is pyproject.toml's; build.py prints it). The result is
; dist\yicibanjie-0.1.0-setup.exe.
;
; A per-user install: no administrator rights (PrivilegesRequired=lowest), into
; %LOCALAPPDATA%\Programs\yicibanjie, with Start-menu entries. The program keeps its
; data (database, backups, settings, logs) in %LOCALAPPDATA%\approvals-gui, which this
; installer never writes and the uninstaller leaves alone.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "一次办结"
#define AppExe "yicibanjie.exe"
#define CliExe "yicibanjie-cli.exe"
#define Dist "..\..\dist\yicibanjie"

[Setup]
AppId={{6F0C2B9E-3C1D-4E55-9A4B-7D2E1F0A8C31}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppName}
VersionInfoVersion={#AppVersion}
VersionInfoProductName={#AppName}
DefaultDirName={autopf}\yicibanjie
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\..\dist
OutputBaseFilename=yicibanjie-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\yicibanjie.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; The window asks a running copy to come forward; the installer closes it first.
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
; Simplified Chinese is an unofficial Inno Setup translation: used when the build
; machine has it in Inno Setup's Languages folder.
#if FileExists(AddBackslash(CompilerPath) + "Languages\ChineseSimplified.isl")
Name: "zh_CN"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
#endif

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "{#Dist}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An update replaces the program's files wholesale (a module left from an older version
; would shadow nothing, but takes space); the data folder is elsewhere.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon
; The headless commands (backup, check, users …) in a console window that stays open.
Name: "{autoprograms}\{#AppName} 命令行"; Filename: "{cmd}"; \
    Parameters: "/k ""cd /d ""{app}"" && {#CliExe} --help"""; WorkingDir: "{app}"; \
    IconFilename: "{app}\{#AppExe}"

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; \
    Flags: nowait postinstall skipifsilent

; No [UninstallDelete]: the data folder (%LOCALAPPDATA%\approvals-gui) stays, so a
; reinstall finds the database, its backups and the settings as they were.
