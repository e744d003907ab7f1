; Inno Setup script: SpotIt's Windows installer (SpotIt-VERSION-setup.exe).
;
; Build the app first (packaging\README.md, "Windows"), then from the repository root:
;     iscc /DAppVersion=0.1.0 packaging\windows\spotit.iss
; The installer lands in dist\. It installs for the current user without admin
; rights, or for all users when run as administrator (or with /ALLUSERS), and
; registers .spotit files so that double-clicking a pack opens it in SpotIt.
; Silent install for school deployment:  SpotIt-0.1.0-setup.exe /VERYSILENT /ALLUSERS

#define AppName "SpotIt"
#ifndef AppVersion
  ; Keep equal to src/spotit/__init__.py (tests/packaging check it).
  #define AppVersion "0.1.0"
#endif
#define AppExe "SpotIt.exe"
#define PackProgId "SpotIt.Pack"

[Setup]
; The AppId identifies SpotIt to Windows for upgrades and uninstall: never change it.
AppId={{C375FC88-2B43-4AA0-BFC4-14133B8D5889}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=SpotIt team
AppComments=Learn to spot misinformation by flagging red flags in news-like articles.
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog commandline
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename={#AppName}-{#AppVersion}-setup
SetupIconFile=..\icons\spotit.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ChangesAssociations=yes
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "french"; MessagesFile: "compiler:Languages\French.isl"
Name: "german"; MessagesFile: "compiler:Languages\German.isl"
Name: "spanish"; MessagesFile: "compiler:Languages\Spanish.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; Everything PyInstaller put in dist\SpotIt: SpotIt.exe, spotit-cli.exe, _internal\.
Source: "..\..\dist\SpotIt\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An upgrade must not keep libraries the new version no longer ships.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; The .spotit file type. HKA is HKCU for a per-user install, HKLM for all users.
Root: HKA; Subkey: "Software\Classes\.spotit"; ValueType: string; ValueName: ""; ValueData: "{#PackProgId}"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.spotit"; ValueType: string; ValueName: "Content Type"; ValueData: "application/x-spotit-pack"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.spotit\OpenWithProgids"; ValueType: string; ValueName: "{#PackProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\{#PackProgId}"; ValueType: string; ValueName: ""; ValueData: "SpotIt content pack"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#PackProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\{#PackProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".spotit"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
