#Requires -Version 7.4
#Requires -Modules RnnTools
<#
.SYNOPSIS
    Thesis Figures 3.2 and 3.3 (experiments.md §1.2): the temporal components (per-step norms and cosines with the
    gradient) of temporal order (mu 0.001) and addition (mu 0.005), T=100, seed 13, anti-gradient, on the training batch
    of iteration 0 (galvan-fig3-2.csv) and of iteration 1000 (galvan-fig3-3.csv). The runs of
    'rnntools experiment run galvan-fig3-2'.
.PARAMETER Smoke
    A smoke test (T=10, written under <Results>/quick/); not the figure.
.PARAMETER Results
    The results directory (relative to the working directory: run from the repository root).
.NOTES
    The same with the CLI (run from the repository root):
        rnntools experiment run galvan-fig3-2
        rnntools train --task Addition --length 100 --seed 13 --learning-rate 0.005 --max-iterations 1001 --threads 1 --temporal addition.csv
#>
[CmdletBinding(SupportsShouldProcess)]
param([string] $Results = 'results', [switch] $Smoke)
Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'
$callerCulture = [System.Globalization.CultureInfo]::CurrentCulture
[System.Globalization.CultureInfo]::CurrentCulture = [System.Globalization.CultureInfo]::InvariantCulture
try {
    $learningRates = [ordered]@{ TemporalOrder = 0.001; Addition = 0.005 }
    $length = if ($Smoke) { 10 } else { 100 }
    $root = if ($Smoke) { Join-Path $Results 'quick' } else { $Results }
    if (-not $PSCmdlet.ShouldProcess($root, 'train the two runs of galvan-fig3-2 and write galvan-fig3-2.csv and galvan-fig3-3.csv')) { return }
    $directory = Join-Path $root 'galvan-fig3-2/ps-temporal'
    New-Item -ItemType Directory -Force -Path $directory | Out-Null

    $steps = foreach ($task in $learningRates.Keys) {
        $temporal = Join-Path $directory "$task.csv"
        # -TemporalPath appends: a rerun starts from an empty file. Iterations 0 ... 1000 make checks 0 ... 5.
        Remove-Item -Path $temporal -ErrorAction SilentlyContinue
        Invoke-RnnTraining -Task $task -Length $length -Seed 13 -LearningRate $learningRates[$task] -MaxIterations 1001 -Threads 1 -TemporalPath $temporal | Out-Null
        Import-Csv $temporal | Select-Object @{ n = 'Task'; e = { $task } }, Iteration, Step, NormFull, Cos, NormWRec, NormWIn, NormBRec, NormWOut, NormBOut
    }

    $steps | Where-Object Iteration -EQ 0 | Export-Csv -Path (Join-Path $root 'galvan-fig3-2.csv') -UseQuotes AsNeeded
    $steps | Where-Object Iteration -EQ 1000 | Export-Csv -Path (Join-Path $root 'galvan-fig3-3.csv') -UseQuotes AsNeeded

    if (Get-Command gnuplot -ErrorAction SilentlyContinue) {
        foreach ($id in 'galvan-fig3-2', 'galvan-fig3-3') { gnuplot -e "results='$root'" (Join-Path $PSScriptRoot "$id.gp") }
    }
}
finally { [System.Globalization.CultureInfo]::CurrentCulture = $callerCulture }
