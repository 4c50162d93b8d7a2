#Requires -Version 7.4
#Requires -Modules RnnTools
<#
.SYNOPSIS
    Thesis Figures 3.2 and 3.3 (experiments.md §1.2): the temporal components (per-step norms and cosines with the
    gradient) of temporal order (mu 0.001) and addition (mu 0.005), T=100, seed 13, anti-gradient, on the training batch
    of iteration 0 (galvan-fig3-2.csv) and of iteration 1000 (galvan-fig3-3.csv). The runs of
    'rnntools experiment run galvan-fig3-2'.
#>
param([string] $Results = 'results')
[System.Globalization.CultureInfo]::CurrentCulture = [System.Globalization.CultureInfo]::InvariantCulture
$ErrorActionPreference = 'Stop'

$learningRates = [ordered]@{ TemporalOrder = 0.001; Addition = 0.005 }
$directory = Join-Path $Results 'galvan-fig3-2/ps-temporal'
New-Item -ItemType Directory -Force -Path $directory | Out-Null

$steps = foreach ($task in $learningRates.Keys) {
    $temporal = Join-Path $directory "$task.csv"
    # -TemporalPath appends: a rerun starts from an empty file. Iterations 0 ... 1000 make checks 0 ... 5.
    Remove-Item -Path $temporal -ErrorAction SilentlyContinue
    Invoke-RnnTraining -Task $task -Length 100 -Seed 13 -LearningRate $learningRates[$task] -MaxIterations 1001 -Threads 1 -TemporalPath $temporal | Out-Null
    Import-Csv $temporal | Select-Object @{ n = 'Task'; e = { $task } }, Iteration, Step, NormFull, Cos, NormWRec, NormWIn, NormBRec, NormWOut, NormBOut
}

$steps | Where-Object Iteration -EQ 0 | Export-Csv -Path (Join-Path $Results 'galvan-fig3-2.csv') -UseQuotes AsNeeded
$steps | Where-Object Iteration -EQ 1000 | Export-Csv -Path (Join-Path $Results 'galvan-fig3-3.csv') -UseQuotes AsNeeded

if (Get-Command gnuplot -ErrorAction SilentlyContinue) {
    foreach ($id in 'galvan-fig3-2', 'galvan-fig3-3') { gnuplot -e "results='$Results'" (Join-Path $PSScriptRoot "$id.gp") }
}
