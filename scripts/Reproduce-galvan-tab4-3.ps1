#Requires -Version 7.4
#Requires -Modules RnnTools
<#
.SYNOPSIS
    Thesis Tables 4.3 and 4.4 and Figure 4.3 (experiments.md §1.7): MuseData next-step prediction with 50, 100, 200 and
    300 hidden units (galvan-muse init, anti-gradient, seed 13, 6e5 iterations); the best model of each run (lowest
    validation NLL) scored on the test and training splits, the 50-unit model next to the thesis' comparison columns,
    and the training and validation curves. The grid of 'rnntools experiment run galvan-tab4-3'; rerunning continues
    from the checkpoints.
.PARAMETER Smoke
    The quick profile: 50 hidden units and 20,000 iterations, written under <Results>/quick/; not the table.
.PARAMETER Results
    The results directory (relative to the working directory: run from the repository root).
.PARAMETER Data
    The directory of the polyphonic music datasets (default: RNNTOOLS_DATA, else ../shared/data/polyphonic).
.NOTES
    The same with the CLI (run from the repository root):
        rnntools experiment run galvan-tab4-3
        rnntools experiment run galvan-tab4-3 --profile quick   (-Smoke)
        rnntools dataset info --path musedata.json --model results/galvan-tab4-3/checkpoints/nh50/best_model.json
#>
[CmdletBinding(SupportsShouldProcess)]
param([string] $Results = 'results', [string] $Data = ($env:RNNTOOLS_DATA ?? '../shared/data/polyphonic'), [switch] $Smoke)
Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'
$callerCulture = [System.Globalization.CultureInfo]::CurrentCulture
[System.Globalization.CultureInfo]::CurrentCulture = [System.Globalization.CultureInfo]::InvariantCulture
try {
    . (Join-Path $PSScriptRoot 'RnnSweep.ps1')

    $dataset = Join-Path $Data 'musedata.json'
    $sizes = if ($Smoke) { @(50) } else { 50, 100, 200, 300 }
    $maxIterations = if ($Smoke) { 20000 } else { 600000 }
    $root = if ($Smoke) { Join-Path $Results 'quick' } else { $Results }
    if (-not $PSCmdlet.ShouldProcess($root, 'train the runs of galvan-tab4-3 and write its tables')) { return }

    $runs = foreach ($size in $sizes) {
        $checkpoint = Join-Path $root "galvan-tab4-3/ps-checkpoints/nh$size"
        (Read-FinishedRun $checkpoint) ?? (Invoke-RnnTraining -Task Music -Dataset $dataset -HiddenSize $size -InitPreset GalvanMuse -Seed 13 -MaxIterations $maxIterations -Threads 1 -CheckpointPath $checkpoint -Resume | Save-FinishedRun $checkpoint) |
            Select-Object @{ n = 'Checkpoint'; e = { $checkpoint } }, *
    }

    $runs | ForEach-Object { $run = $_; $run.History | Select-Object @{ n = 'Series'; e = { $run.HiddenSize } }, @{ n = 'Seed'; e = { $run.Seed } }, @{ n = 'HiddenSize'; e = { $run.HiddenSize } }, Check, Iteration, ValidLoss, ValidError, TrainMonitorLoss } |
        Export-Csv -Path (Join-Path $root 'galvan-fig4-3.csv') -UseQuotes AsNeeded
    $runs | Select-Object * -ExcludeProperty History, Checkpoint | Export-Csv -Path (Join-Path $root 'galvan-tab4-3/runs.ps.csv') -UseQuotes AsNeeded

    $models = foreach ($run in @($runs | Where-Object Status -ne 'Cancelled')) {
        $splits = @{}
        Import-RnnDataset -Path $dataset -ModelPath (Join-Path $run.Checkpoint 'best_model.json') -Backend $run.Backend -Threads 1 | ForEach-Object { $splits[$_.Split] = $_ }
        [pscustomobject]@{
            HiddenSize = $run.HiddenSize; BestIteration = $run.BestIteration; ValidSeqMean = $run.BestValidLoss
            TestSeqMean = $splits['test'].ModelNllSequenceMean; TrainSeqMean = $splits['train'].ModelNllSequenceMean
            TestFrameWeighted = $splits['test'].ModelNll; TrainFrameWeighted = $splits['train'].ModelNll; Iterations = $run.Iterations
        }
    }
    $models | Export-Csv -Path (Join-Path $root 'galvan-tab4-3.csv') -UseQuotes AsNeeded

    $fifty = @($models | Where-Object HiddenSize -eq 50)
    @(
        [pscustomobject]@{ Fold = 'Train'; StateOfArt = 5.20; VanillaRnn = 6.43; RnnTools = if ($fifty) { $fifty[0].TrainSeqMean } else { [double]::NaN } }
        [pscustomobject]@{ Fold = 'Test'; StateOfArt = 5.60; VanillaRnn = 6.97; RnnTools = if ($fifty) { $fifty[0].TestSeqMean } else { [double]::NaN } }
    ) | Export-Csv -Path (Join-Path $root 'galvan-tab4-4.csv') -UseQuotes AsNeeded

    if (Get-Command gnuplot -ErrorAction SilentlyContinue) { gnuplot -e "results='$root'" (Join-Path $PSScriptRoot 'galvan-fig4-3.gp') }
}
finally { [System.Globalization.CultureInfo]::CurrentCulture = $callerCulture }
