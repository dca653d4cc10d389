; Stageportfolio for Windows: a per-user installer. No administrator rights: it installs in
; %LOCALAPPDATA%\Programs\Stageportfolio, registers the app's file types for this user only
; (HKCU\Software\Classes) and adds a Start menu shortcut and an uninstaller.
;
;   makensis /DVERSION=0.1.0 /DSOURCE=build\dist\stageportfolio /DOUTFILE=dist\Stageportfolio-0.1.0-setup.exe packaging\windows\installer.nsi
;
; SOURCE is the PyInstaller one-folder bundle (packaging/build_bundle.py makes it and runs
; this). Signing the installer (and stageportfolio.exe before it) is a separate step:
; docs/packaging.md, "Windows: signing".

Unicode true
ManifestDPIAware true
RequestExecutionLevel user

!ifndef VERSION
  !define VERSION "0.1.0"
!endif
!ifndef SOURCE
  !error "Pass /DSOURCE=<the PyInstaller folder with stageportfolio.exe>"
!endif
!ifndef OUTFILE
  !define OUTFILE "Stageportfolio-${VERSION}-setup.exe"
!endif

!define APP "Stageportfolio"
!define EXE "stageportfolio.exe"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP}"
!define CLASSES "Software\Classes"

!include "MUI2.nsh"
!include "FileFunc.nsh"

Name "${APP} ${VERSION}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${APP}"
InstallDirRegKey HKCU "${UNINSTALL_KEY}" "InstallLocation"
SetCompressor /SOLID lzma
BrandingText "${APP} ${VERSION}"
VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=1043 "ProductName" "${APP}"
VIAddVersionKey /LANG=1043 "FileDescription" "${APP} installatie"
VIAddVersionKey /LANG=1043 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=1043 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=1043 "LegalCopyright" "EUPL-1.2"

!define MUI_ICON "..\icons\stageportfolio.ico"
!define MUI_UNICON "..\icons\stageportfolio.ico"
!define MUI_FINISHPAGE_RUN "$INSTDIR\${EXE}"
!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "Dutch"
!insertmacro MUI_LANGUAGE "French"
!insertmacro MUI_LANGUAGE "English"

; One file type: extension, ProgID, description, MIME type.
; The same four as stageportfolio/services/filetypes.py (a test checks it).
!macro FileType EXT PROGID DESCRIPTION MIME
  WriteRegStr HKCU "${CLASSES}\${EXT}" "" "${PROGID}"
  WriteRegStr HKCU "${CLASSES}\${EXT}" "Content Type" "${MIME}"
  WriteRegStr HKCU "${CLASSES}\${EXT}\OpenWithProgids" "${PROGID}" ""
  WriteRegStr HKCU "${CLASSES}\${PROGID}" "" "${DESCRIPTION}"
  WriteRegStr HKCU "${CLASSES}\${PROGID}\DefaultIcon" "" "$INSTDIR\${EXE},0"
  WriteRegStr HKCU "${CLASSES}\${PROGID}\shell\open\command" "" '"$INSTDIR\${EXE}" "%1"'
!macroend
!macro RemoveFileType EXT PROGID
  ; only when the extension still points at this app
  ReadRegStr $0 HKCU "${CLASSES}\${EXT}" ""
  StrCmp $0 "${PROGID}" 0 +2
    DeleteRegKey HKCU "${CLASSES}\${EXT}"
  DeleteRegKey HKCU "${CLASSES}\${PROGID}"
!macroend

Section "Stageportfolio" SecApp
  SetShellVarContext current
  SetOutPath "$INSTDIR"
  ; a new version replaces the old files completely
  RMDir /r "$INSTDIR\_internal"
  File /r "${SOURCE}\*.*"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateShortcut "$SMPROGRAMS\${APP}.lnk" "$INSTDIR\${EXE}" "" "$INSTDIR\${EXE}" 0
  CreateShortcut "$SMPROGRAMS\${APP} - mentormodus.lnk" "$INSTDIR\${EXE}" "--mentor" "$INSTDIR\${EXE}" 0

  !insertmacro FileType ".stageportfolio" "Stageportfolio.Archief" "Stageportfolio-archief" "application/x-stageportfolio-archive"
  !insertmacro FileType ".aftekenverzoek" "Stageportfolio.Aftekenverzoek" "Aftekenverzoek voor een mentor" "application/x-stageportfolio-signoff-request"
  !insertmacro FileType ".aftekening" "Stageportfolio.Aftekening" "Aftekening van een mentor" "application/x-stageportfolio-signoff-response"
  !insertmacro FileType ".mentorkaart" "Stageportfolio.Mentorkaart" "Mentorkaart" "application/x-stageportfolio-mentor-card"
  ; "Open with" for the app itself
  WriteRegStr HKCU "${CLASSES}\Applications\${EXE}\shell\open\command" "" '"$INSTDIR\${EXE}" "%1"'
  WriteRegStr HKCU "${CLASSES}\Applications\${EXE}" "FriendlyAppName" "${APP}"

  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${APP}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${EXE},0"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "Stageportfolio"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" $0

  ; tell Explorer the associations changed (SHCNE_ASSOCCHANGED)
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
SectionEnd

Section "Uninstall"
  SetShellVarContext current
  Delete "$SMPROGRAMS\${APP}.lnk"
  Delete "$SMPROGRAMS\${APP} - mentormodus.lnk"
  !insertmacro RemoveFileType ".stageportfolio" "Stageportfolio.Archief"
  !insertmacro RemoveFileType ".aftekenverzoek" "Stageportfolio.Aftekenverzoek"
  !insertmacro RemoveFileType ".aftekening" "Stageportfolio.Aftekening"
  !insertmacro RemoveFileType ".mentorkaart" "Stageportfolio.Mentorkaart"
  DeleteRegKey HKCU "${CLASSES}\Applications\${EXE}"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  ; the program only; the portfolio data in %LOCALAPPDATA%\stageportfolio stays
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\stageportfolio.exe"
  Delete "$INSTDIR\stageportfolio-cli.exe"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
SectionEnd
