#Requires -Version 7.4
#Requires -Modules RnnTools
<#
.SYNOPSIS
    Thesis Table 4.2 (experiments.md §1.6): iterations to convergence on temporal order T=100, anti-gradient vs simplex
    with conditional switching (psi 0.9), seeds 13-15. The grid of 'rnntools experiment run galvan-tab4-2'.
.PARAMETER Smoke
    The quick profile: seed 13, at most 500,000 iterations.
.PARAMETER Results
    The results directory (relative to the working directory: run from the repository root).
.NOTES
    The same with the CLI (run from the repository root):
        rnntools experiment run galvan-tab4-2
        rnntools experiment run galvan-tab4-2 --profile quick   (-Smoke)
        rnntools experiment status galvan-tab4-2
#>
[CmdletBinding(SupportsShouldProcess)]
param([string] $Results = 'results', [switch] $Smoke)
Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'
$callerCulture = [System.Globalization.CultureInfo]::CurrentCulture
[System.Globalization.CultureInfo]::CurrentCulture = [System.Globalization.CultureInfo]::InvariantCulture
try {
    . (Join-Path $PSScriptRoot 'RnnSweep.ps1')

    $rules = [ordered]@{ 'anti-gradient' = 'antigradient'; 'simplex with conditional switching' = 'switching' }
    $seeds = if ($Smoke) { @(13) } else { 13, 14, 15 }
    $maxIterations = if ($Smoke) { 500000 } else { 3000000 }
    $root = if ($Smoke) { Join-Path $Results 'quick' } else { $Results }
    if (-not $PSCmdlet.ShouldProcess($root, 'train the runs of galvan-tab4-2 and write its tables')) { return }

    $runs = foreach ($rule in $rules.Keys) {
        foreach ($seed in $seeds) {
            $direction = $rules[$rule]
            $checkpoint = Join-Path $root "galvan-tab4-2/ps-checkpoints/$($direction)_s$seed"
            (Read-FinishedRun $checkpoint) ?? (Invoke-RnnTraining -Task TemporalOrder -Length 100 -Seed $seed -Direction $direction -MaxIterations $maxIterations -Threads 1 -CheckpointPath $checkpoint -Resume | Save-FinishedRun $checkpoint) |
                Select-Object @{ n = 'Rule'; e = { $rule } }, * -ExcludeProperty History
        }
    }

    $runs | Export-Csv -Path (Join-Path $root 'galvan-tab4-2/runs.ps.csv') -UseQuotes AsNeeded
    $runs | Group-Object Rule | ForEach-Object {
        $solved = @($_.Group | Where-Object Status -eq 'Solved')
        [pscustomobject]@{
            Rule = $_.Name; Planned = $_.Count; Runs = @($_.Group | Where-Object Status -ne 'Cancelled').Count; Successes = $solved.Count
            MeanIterationsSuccessful = if ($solved) { ($solved | Measure-Object Iterations -Average).Average } else { [double]::NaN }
        }
    } | Export-Csv -Path (Join-Path $root 'galvan-tab4-2.csv') -UseQuotes AsNeeded
}
finally { [System.Globalization.CultureInfo]::CurrentCulture = $callerCulture }
