#Requires -Version 7.4
#Requires -Modules RnnTools
<#
.SYNOPSIS
    Thesis Table 4.1 and Figure 4.2 (experiments.md §1.5): iterations to convergence on addition T=100 (learning rate
    0.005) for anti-gradient, simplex and simplex with conditional switching (psi 0.5), seeds 13-15, and the validation
    curves of every run. The grid of 'rnntools experiment run galvan-tab4-1'; rerunning continues from the checkpoints.
.PARAMETER Smoke
    The quick profile: seed 13, anti-gradient and conditional switching only.
.PARAMETER Results
    The results directory (relative to the working directory: run from the repository root).
.NOTES
    The same with the CLI (run from the repository root):
        rnntools experiment run galvan-tab4-1
        rnntools experiment run galvan-tab4-1 --profile quick   (-Smoke)
        rnntools experiment status galvan-tab4-1
#>
[CmdletBinding(SupportsShouldProcess)]
param([string] $Results = 'results', [switch] $Smoke)
Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'
$callerCulture = [System.Globalization.CultureInfo]::CurrentCulture
[System.Globalization.CultureInfo]::CurrentCulture = [System.Globalization.CultureInfo]::InvariantCulture
try {
    . (Join-Path $PSScriptRoot 'RnnSweep.ps1')

    $rules = [ordered]@{ 'anti-gradient' = 'antigradient'; 'simplex' = 'simplex'; 'simplex with conditional switching' = 'switching' }
    if ($Smoke) { $rules.Remove('simplex') }
    $seeds = if ($Smoke) { @(13) } else { 13, 14, 15 }
    $root = if ($Smoke) { Join-Path $Results 'quick' } else { $Results }
    if (-not $PSCmdlet.ShouldProcess($root, 'train the runs of galvan-tab4-1 and write its tables')) { return }

    $runs = foreach ($rule in $rules.Keys) {
        foreach ($seed in $seeds) {
            $direction = $rules[$rule]
            $checkpoint = Join-Path $root "galvan-tab4-1/ps-checkpoints/$($direction)_s$seed"
            (Read-FinishedRun $checkpoint) ?? (Invoke-RnnTraining -Task Addition -Length 100 -Seed $seed -LearningRate 0.005 -Direction $direction -Threads 1 -CheckpointPath $checkpoint -Resume | Save-FinishedRun $checkpoint) |
                Select-Object @{ n = 'Rule'; e = { $rule } }, *
        }
    }

    $runs | ForEach-Object { $run = $_; $run.History | Select-Object @{ n = 'Series'; e = { $run.Rule } }, Seed, Check, Iteration, ValidLoss, ValidError } |
        Export-Csv -Path (Join-Path $root 'galvan-fig4-2.csv') -UseQuotes AsNeeded
    $runs | Select-Object * -ExcludeProperty History | Export-Csv -Path (Join-Path $root 'galvan-tab4-1/runs.ps.csv') -UseQuotes AsNeeded
    $runs | Group-Object Rule | ForEach-Object {
        $solved = @($_.Group | Where-Object Status -eq 'Solved')
        $early = @($solved | Where-Object Seed -in 13, 14)
        [pscustomobject]@{
            Rule = $_.Name; Planned = $_.Count; Runs = @($_.Group | Where-Object Status -ne 'Cancelled').Count; Successes = $solved.Count
            MeanIterationsSuccessful = if ($solved) { ($solved | Measure-Object Iterations -Average).Average } else { [double]::NaN }
            MeanIterationsSeeds13To14 = if ($early.Count -eq 2) { ($early | Measure-Object Iterations -Average).Average } else { [double]::NaN }
        }
    } | Export-Csv -Path (Join-Path $root 'galvan-tab4-1.csv') -UseQuotes AsNeeded

    if (Get-Command gnuplot -ErrorAction SilentlyContinue) { gnuplot -e "results='$root'" (Join-Path $PSScriptRoot 'galvan-fig4-2.gp') }
}
finally { [System.Globalization.CultureInfo]::CurrentCulture = $callerCulture }
