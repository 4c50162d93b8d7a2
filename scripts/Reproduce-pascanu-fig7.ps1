#Requires -Version 7.4
#Requires -Modules RnnTools
<#
.SYNOPSIS
    ICML 2013 Figure 7 (experiments.md §2.1): success rate on temporal order vs fixed length for SGD, SGD-C and SGD-CR
    under three initialisations (pascanu preset), seeds 52-56. The grid of 'rnntools experiment run pascanu-fig7'.
.PARAMETER Smoke
    The quick profile: smart-tanh only, lengths 20 and 50, seeds 52-53, at most 500,000 updates.
.PARAMETER Results
    The results directory (relative to the working directory: run from the repository root).
.NOTES
    The same with the CLI (run from the repository root):
        rnntools experiment run pascanu-fig7
        rnntools experiment run pascanu-fig7 --profile quick   (-Smoke)
        rnntools experiment status pascanu-fig7
#>
[CmdletBinding(SupportsShouldProcess)]
param([string] $Results = 'results', [switch] $Smoke)
Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'
$callerCulture = [System.Globalization.CultureInfo]::CurrentCulture
[System.Globalization.CultureInfo]::CurrentCulture = [System.Globalization.CultureInfo]::InvariantCulture
try {
    . (Join-Path $PSScriptRoot 'RnnSweep.ps1')

    $inits = if ($Smoke) { @('PascanuSmartTanh') } else { 'PascanuSigmoid', 'PascanuBasicTanh', 'PascanuSmartTanh' }
    $lengths = if ($Smoke) { 20, 50 } else { 20, 50, 100, 150, 200 }
    $seeds = if ($Smoke) { 52, 53 } else { 52, 53, 54, 55, 56 }
    $maxIterations = if ($Smoke) { 500000 } else { 5000000 }
    $root = if ($Smoke) { Join-Path $Results 'quick' } else { $Results }
    if (-not $PSCmdlet.ShouldProcess($root, 'train the runs of pascanu-fig7 and write its tables')) { return }
    $series = [ordered]@{
        'SGD' = @{ StepRule = 'Constant'; NanPolicy = 'Stop'; OmegaWeight = 0 }
        'SGD-C' = @{ OmegaWeight = 0 }
        'SGD-CR' = @{ OmegaWeight = 4 }
    }

    $runs = foreach ($init in $inits) {
        foreach ($name in $series.Keys) {
            foreach ($length in $lengths) {
                foreach ($seed in $seeds) {
                    $rule = $series[$name]
                    $checkpoint = Join-Path $root "pascanu-fig7/ps-checkpoints/$($init)_$($name)_L$($length)_s$seed"
                    (Read-FinishedRun $checkpoint) ?? (Invoke-RnnTraining -Preset Pascanu -Task TemporalOrder -InitPreset $init -Length $length -MaxLength $length -Seed $seed -MaxIterations $maxIterations -Threads 1 -CheckpointPath $checkpoint -Resume @rule | Save-FinishedRun $checkpoint) |
                        Select-Object @{ n = 'Series'; e = { $name } }, * -ExcludeProperty History
                }
            }
        }
    }

    $runs | Export-Csv -Path (Join-Path $root 'pascanu-fig7/runs.ps.csv') -UseQuotes AsNeeded
    $runs | Group-Object InitPreset, Series, Length | ForEach-Object {
        $finished = @($_.Group | Where-Object Status -ne 'Cancelled')
        $successes = @($finished | Where-Object Status -eq 'Solved').Count
        [pscustomobject]@{
            Init = $_.Group[0].InitPreset; Series = $_.Group[0].Series; Length = $_.Group[0].Length; Planned = $_.Count; Runs = $finished.Count; Successes = $successes
            SuccessRate = if ($finished.Count) { 100 * $successes / $finished.Count } else { [double]::NaN }
        }
    } | Export-Csv -Path (Join-Path $root 'pascanu-fig7.csv') -UseQuotes AsNeeded

    if (Get-Command gnuplot -ErrorAction SilentlyContinue) { gnuplot -e "results='$root'" (Join-Path $PSScriptRoot 'pascanu-fig7.gp') }
}
finally { [System.Globalization.CultureInfo]::CurrentCulture = $callerCulture }
