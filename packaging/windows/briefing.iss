; Inno Setup 6 script: a Windows installer around the one-folder build (docs/packaging.md).
;
;   pyinstaller --noconfirm --distpath dist packaging\briefing.spec
;   iscc /DAppVersion=0.1.0 packaging\windows\briefing.iss
;
; Paths are relative to this file. Installs per user by default (no administrator rights;
; the dialog offers all users), adds a Start menu entry and, if chosen, a desktop shortcut.
; Written for Windows builds; not built or run by the Linux test suite.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif

[Setup]
AppId={{6F1C3D52-2B0E-4A7E-9D55-8F0E5C1B7A21}
AppName=Briefing
AppVersion={#AppVersion}
AppVerName=Briefing {#AppVersion}
AppPublisher=Briefing
DefaultDirName={autopf}\Briefing
DefaultGroupName=Briefing
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=Briefing-{#AppVersion}-setup
SetupIconFile=..\icons\briefing.ico
UninstallDisplayIcon={app}\Briefing.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\..\dist\briefing\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\Briefing"; Filename: "{app}\Briefing.exe"
Name: "{autodesktop}\Briefing"; Filename: "{app}\Briefing.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\Briefing.exe"; Description: "{cm:LaunchProgram,Briefing}"; Flags: nowait postinstall skipifsilent
