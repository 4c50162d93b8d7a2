# Shared setup of the Pester tests: imports the module that ./build.sh published.
$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest
$script:RepositoryRoot = (Resolve-Path "$PSScriptRoot/../..").Path
$version = (Select-Xml -Path "$script:RepositoryRoot/Directory.Build.props" -XPath '//Version').Node.InnerText
$script:ManifestPath = "$script:RepositoryRoot/out/RnnTools/$version/RnnTools.psd1"
if (-not (Test-Path $script:ManifestPath)) { throw "Run ./build.sh first: $script:ManifestPath is missing." }
Import-Module $script:ManifestPath -Force
$env:RNNTOOLS_BACKEND = 'managed'
