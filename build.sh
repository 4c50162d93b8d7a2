#!/usr/bin/env bash
# Builds RnnTools in Release and lays out the PowerShell module (out/RnnTools/<version>/) and the CLI (out/cli/,
# launcher out/rnntools). First installs MKL, OpenBLAS and gnuplot where apt and root are available.
# Set RNNTOOLS_SKIP_NATIVE_INSTALL=1 to skip the package step.
set -euo pipefail
cd "$(dirname "$0")"

install_native() {
  local packages=(libmkl-rt libopenblas0 gnuplot-nox)
  if [[ "${RNNTOOLS_SKIP_NATIVE_INSTALL:-0}" == 1 ]]; then
    echo "build.sh: native packages skipped (RNNTOOLS_SKIP_NATIVE_INSTALL=1)"; return 0
  fi
  if dpkg -s "${packages[@]}" >/dev/null 2>&1; then return 0; fi
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "build.sh: no apt-get here; install MKL (libmkl_rt) or OpenBLAS yourself, or use the managed backend"; return 0
  fi
  local sudo=()
  if [[ "$(id -u)" != 0 ]]; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then sudo=(sudo -n); else
      echo "build.sh: not root and no passwordless sudo; skipping MKL/OpenBLAS/gnuplot installation"; return 0
    fi
  fi
  local id=""; [[ -r /etc/os-release ]] && id="$(. /etc/os-release; echo "${ID:-}")"
  if [[ "$id" == debian ]]; then
    # MKL is in Debian's non-free component.
    for f in /etc/apt/sources.list.d/debian.sources; do
      [[ -f "$f" ]] && "${sudo[@]}" sed -i -E '/^Components:/{/non-free( |$)/!s/$/ contrib non-free non-free-firmware/}' "$f"
    done
    [[ -f /etc/apt/sources.list ]] && "${sudo[@]}" sed -i -E '/^deb .* main/{/non-free( |$)/!s/ main/ main contrib non-free non-free-firmware/}' /etc/apt/sources.list
  elif [[ "$id" == ubuntu ]]; then
    # MKL is in Ubuntu's multiverse component.
    for f in /etc/apt/sources.list.d/ubuntu.sources; do
      [[ -f "$f" ]] && "${sudo[@]}" sed -i -E '/^Components:/{/multiverse/!s/$/ universe multiverse/}' "$f"
    done
    [[ -f /etc/apt/sources.list ]] && "${sudo[@]}" sed -i -E '/^deb .* main/{/multiverse/!s/ main/ main universe multiverse/}' /etc/apt/sources.list
  fi
  echo "build.sh: installing ${packages[*]} (apt)"
  if ! { "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq &&
         echo "libmkl-rt libmkl-rt/use-as-default-blas-lapack boolean false" | "${sudo[@]}" debconf-set-selections &&
         "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null; }; then
    echo "build.sh: apt could not install ${packages[*]}; continuing (the managed backend always works)"
  fi
}

install_native
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet build RnnTools.sln -c Release -nologo -clp:ErrorsOnly
dotnet publish src/RnnTools.PowerShell -c Release -nologo -clp:ErrorsOnly --no-build
dotnet publish src/RnnTools.Cli -c Release -nologo -clp:ErrorsOnly --no-build -o out/cli
cat > out/rnntools <<'LAUNCHER'
#!/bin/sh
# rnntools launcher (written by build.sh).
exec dotnet "$(dirname "$0")/cli/rnntools.dll" "$@"
LAUNCHER
chmod +x out/rnntools
version="$(sed -n 's:.*<Version>\(.*\)</Version>.*:\1:p' Directory.Build.props)"
echo "build.sh: module in out/RnnTools/$version/, CLI launcher out/rnntools"
