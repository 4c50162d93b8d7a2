#Requires -Version 7.4
<#
.SYNOPSIS
    Runs the Pester 5 tests of the RnnTools module in a fresh pwsh (called by ./test.sh when pwsh exists).
#>
[CmdletBinding()]
param()
$ErrorActionPreference = 'Stop'
$pester = Get-Module -ListAvailable Pester | Where-Object { $_.Version -ge [version]'5.7.1' } | Select-Object -First 1
if (-not $pester) {
    Install-Module Pester -RequiredVersion 5.7.1 -Scope CurrentUser -Force -SkipPublisherCheck
}
Import-Module Pester -MinimumVersion 5.7.1
$root = (Resolve-Path "$PSScriptRoot/../..").Path
$configuration = New-PesterConfiguration
$configuration.Run.Path = $PSScriptRoot
$configuration.Run.Exit = $true
$configuration.Output.Verbosity = 'Detailed'
$configuration.TestResult.Enabled = $true
$configuration.TestResult.OutputFormat = 'NUnitXml'
$configuration.TestResult.OutputPath = "$root/out/test-results/pester.xml"
Invoke-Pester -Configuration $configuration
