#Requires -Version 7.4
#Requires -Modules RnnTools
<#
.SYNOPSIS
    Thesis Figure 3.1 (experiments.md §1.1): temporal gradient norms per step at initialisation for five spectral
    radii, temporal order T=200, the first batch, double precision. Same data as 'rnntools experiment run galvan-fig3-1'.
.PARAMETER Smoke
    A smoke test (T=20, written under <Results>/quick/); not the figure.
.PARAMETER Results
    The results directory (relative to the working directory: run from the repository root).
.NOTES
    The same with the CLI (run from the repository root):
        rnntools experiment run galvan-fig3-1
        rnntools measure-gradient computes one radius from a model and batch file; the experiment runs all five.
#>
[CmdletBinding(SupportsShouldProcess)]
param([string] $Results = 'results', [switch] $Smoke)
Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'
$callerCulture = [System.Globalization.CultureInfo]::CurrentCulture
[System.Globalization.CultureInfo]::CurrentCulture = [System.Globalization.CultureInfo]::InvariantCulture
try {
    $length = if ($Smoke) { 20 } else { 200 }
    $root = if ($Smoke) { Join-Path $Results 'quick' } else { $Results }
    if (-not $PSCmdlet.ShouldProcess($root, 'write galvan-fig3-1.csv and its figure')) { return }
    New-Item -ItemType Directory -Force -Path $root | Out-Null
    $table = Join-Path $root 'galvan-fig3-1.csv'
    Measure-GradientNorm -Task TemporalOrder -Length $length -BatchSize 100 -Seed 13 -SpectralRadius 0.8, 0.9, 1.0, 1.1, 1.2 -Precision Float64 -Threads 1 |
        Select-Object SpectralRadius, Step, NormFull, NormWRec, NormWIn, NormBRec, NormWOut, NormBOut, Cos, Loss, GradNorm, BackendDescription, ToolVersion, GitCommit |
        Export-Csv -Path $table -UseQuotes AsNeeded

    if (Get-Command gnuplot -ErrorAction SilentlyContinue) { gnuplot -e "results='$root'" (Join-Path $PSScriptRoot 'galvan-fig3-1.gp') }
}
finally { [System.Globalization.CultureInfo]::CurrentCulture = $callerCulture }
