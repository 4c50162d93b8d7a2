#Requires -Version 7.4
#Requires -Modules RnnTools
<#
.SYNOPSIS
    Thesis Figure 3.1 (experiments.md §1.1): temporal gradient norms per step at initialisation for five spectral
    radii, temporal order T=200, the first batch, double precision. Same data as 'rnntools experiment run galvan-fig3-1'.
#>
param([string] $Results = 'results')
[System.Globalization.CultureInfo]::CurrentCulture = [System.Globalization.CultureInfo]::InvariantCulture
$ErrorActionPreference = 'Stop'

New-Item -ItemType Directory -Force -Path $Results | Out-Null
$table = Join-Path $Results 'galvan-fig3-1.csv'
Measure-GradientNorm -Task TemporalOrder -Length 200 -BatchSize 100 -Seed 13 -SpectralRadius 0.8, 0.9, 1.0, 1.1, 1.2 -Precision Float64 -Threads 1 |
    Select-Object SpectralRadius, Step, NormFull, NormWRec, NormWIn, NormBRec, NormWOut, NormBOut, Cos, Loss, GradNorm, BackendDescription, ToolVersion, GitCommit |
    Export-Csv -Path $table -UseQuotes AsNeeded

if (Get-Command gnuplot -ErrorAction SilentlyContinue) { gnuplot -e "results='$Results'" (Join-Path $PSScriptRoot 'galvan-fig3-1.gp') }
