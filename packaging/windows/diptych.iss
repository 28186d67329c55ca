; Inno Setup 6.3+ script: a per-user Windows installer for the PyInstaller
; build in dist\diptych (packaging\README.md, "Windows"). Written from Inno
; Setup's documentation and never compiled or run.
;
;   iscc /DAppVersion=0.1.0 packaging\windows\diptych.iss
;
; It installs into the user's own programs folder without administrator
; rights, adds a Start-menu entry and registers an uninstaller. It downloads
; nothing. Relative paths are from this file's folder.

#ifndef AppVersion
  #error Give the version: iscc /DAppVersion=X.Y.Z diptych.iss
#endif

[Setup]
; One id for every version, so that a new one replaces the old.
AppId={{2393DF87-793D-4BBA-948D-92A80C6B386A}
AppName=Diptych
AppVersion={#AppVersion}
AppPublisher=The Diptych developers
AppCopyright=Copyright (c) 2026 The Diptych developers
; Per user: %LOCALAPPDATA%\Programs\Diptych, no elevation prompt.
PrivilegesRequired=lowest
DefaultDirName={autopf}\Diptych
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
LicenseFile=..\..\LICENSE
SetupIconFile=..\..\build\icons\diptych.ico
UninstallDisplayIcon={app}\diptych.exe
UninstallDisplayName=Diptych
OutputDir=..\..\dist
OutputBaseFilename=diptych-{#AppVersion}-windows-x64-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "ru"; MessagesFile: "compiler:Languages\Russian.isl"

[Files]
; The frozen build as it is: no "portable" file, so user data goes to the
; user's folders, which the uninstaller leaves in place.
Source: "..\..\dist\diptych\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "..\..\LICENSE"; DestDir: "{app}"; DestName: "LICENSE.txt"; Flags: ignoreversion
Source: "..\copyright"; DestDir: "{app}"; DestName: "COPYRIGHT.txt"; Flags: ignoreversion

[Icons]
Name: "{autoprograms}\Diptych"; Filename: "{app}\diptych.exe"; WorkingDir: "{app}"

[Run]
Filename: "{app}\diptych.exe"; Description: "{cm:LaunchProgram,Diptych}"; Flags: nowait postinstall skipifsilent
