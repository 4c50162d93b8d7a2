#!/usr/bin/env bash
# Runs the whole test suite: build (./build.sh), xunit (the CI gate), then Pester where pwsh exists.
set -euo pipefail
cd "$(dirname "$0")"
./build.sh
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet test RnnTools.sln -c Release --no-build -nologo
if command -v pwsh >/dev/null 2>&1; then
  pwsh -NoProfile -NonInteractive -File tests/pester/Invoke-PesterTests.ps1
else
  echo "test.sh: Pester tests skipped (pwsh not found)"
fi
