@echo off
rem dev run [ARGS...] or dev test [PYTEST ARGS...]: see dev.py. Works in cmd and in
rem PowerShell (.\dev runs this file; a .ps1 would be blocked by the default execution policy).
setlocal
if not defined PYTHON goto launcher
"%PYTHON%" "%~dp0dev.py" %*
exit /b
:launcher
where py >nul 2>nul
if errorlevel 1 goto python
py -3 "%~dp0dev.py" %*
exit /b
:python
where python >nul 2>nul
if errorlevel 1 goto missing
python "%~dp0dev.py" %*
exit /b
:missing
echo dev: Python not found: install Python 3.11 or newer from python.org and tick "Add python.exe to PATH". 1>&2
exit /b 2
