; Inno Setup script of the Windows installer: per user, no administrator rights.
; Build:  iscc /DAppVersion=0.1.0 installers\windows\ree-desk.iss
; (installers\build-windows.ps1 runs it after the bundle and the icon are made; Inno Setup 6.5 or
; newer, which ships the Chinese Simplified messages). Writes dist\ree-desk-<version>-windows-setup.exe.
#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z installers\windows\ree-desk.iss
#endif
#define AppName "REE Desk"
#define Bundle "..\..\dist\ree-desk-" + AppVersion

[Setup]
; The AppId ties updates and the uninstaller to this program: never change it.
AppId={{6F0C3E0A-8C1B-4F7E-9E55-2B7A1C4D9E31}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=REE Desk
; Per user: {autopf} is then %LOCALAPPDATA%\Programs, and the Start menu entry the user's own.
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=ree-desk-{#AppVersion}-windows-setup
SetupIconFile=..\..\build\icons\ree-desk.ico
UninstallDisplayIcon={app}\{#AppName}.exe
UninstallDisplayName={#AppName} {#AppVersion}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto

[Languages]
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; "REE Desk.exe" opens the desktop program without a console; ree-desk.exe is the command line.
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppName}.exe"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppName}.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppName}.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; Nothing is deleted beyond what was installed: the ledger and its backups
; (%LOCALAPPDATA%\REE Desk\REE Desk) and the settings (HKCU\Software\REE Desk)
; stay when the program is uninstalled. Movement files are not associated with
; the program: it opens its database, not a file handed to it.
