# Build the Windows installer from the top of the checkout, in PowerShell:
#   powershell -ExecutionPolicy Bypass -File installers\build-windows.ps1
# Needs Python 3.11 or newer (py launcher) and Inno Setup 6.5 or newer. Writes the bundle to
# dist\ree-desk-<version>\ and the installer to dist\ree-desk-<version>-windows-setup.exe.
$ErrorActionPreference = "Stop"
$root = Split-Path -Parent $PSScriptRoot
Set-Location $root

function Invoke-Step {
    param([string]$Program, [string[]]$Arguments)
    & $Program @Arguments
    if ($LASTEXITCODE -ne 0) { throw "$Program $Arguments failed with exit code $LASTEXITCODE" }
}

if (-not (Test-Path .venv\Scripts\python.exe)) { Invoke-Step py @("-3", "-m", "venv", ".venv") }
$python = Join-Path $root ".venv\Scripts\python.exe"
Invoke-Step $python @("-m", "pip", "install", "-e", ".[installers]")
$version = & $python -c "import tomllib; print(tomllib.load(open('pyproject.toml', 'rb'))['project']['version'])"
Invoke-Step $python @("installers\render_icons.py", "build\icons")
Invoke-Step $python @("-m", "PyInstaller", "--noconfirm", "installers\ree-desk.spec")

$iscc = (Get-Command iscc.exe -ErrorAction SilentlyContinue).Source
if (-not $iscc) { $iscc = Join-Path ${env:ProgramFiles(x86)} "Inno Setup 6\ISCC.exe" }
Invoke-Step $iscc @("/DAppVersion=$version", "installers\windows\ree-desk.iss")
Write-Output "installer: dist\ree-desk-$version-windows-setup.exe"
