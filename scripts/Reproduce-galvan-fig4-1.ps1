#Requires -Version 7.4
#Requires -Modules RnnTools
<#
.SYNOPSIS
    Thesis Figure 4.1 (experiments.md §1.3): success rate of SGD-C on temporal order vs length, spectral
    initialisation (rho=1.2) vs the unscaled Gaussian(0, 0.1) W_rec, seeds 13-15. The grid of
    'rnntools experiment run galvan-fig4-1'; every run checkpoints, so rerunning the script continues it.
.PARAMETER Smoke
    The quick profile: lengths 10, 20, 50, seed 13, at most 500,000 iterations (never compared with published numbers).
.PARAMETER Results
    The results directory (relative to the working directory: run from the repository root).
.NOTES
    The same with the CLI (run from the repository root):
        rnntools experiment run galvan-fig4-1
        rnntools experiment run galvan-fig4-1 --profile quick   (-Smoke)
        rnntools experiment status galvan-fig4-1
#>
[CmdletBinding(SupportsShouldProcess)]
param([string] $Results = 'results', [switch] $Smoke)
Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'
$callerCulture = [System.Globalization.CultureInfo]::CurrentCulture
[System.Globalization.CultureInfo]::CurrentCulture = [System.Globalization.CultureInfo]::InvariantCulture
try {
    . (Join-Path $PSScriptRoot 'RnnSweep.ps1')

    $lengths = if ($Smoke) { 10, 20, 50 } else { 10, 20, 50, 100, 150, 200 }
    $seeds = if ($Smoke) { @(13) } else { 13, 14, 15 }
    $maxIterations = if ($Smoke) { 500000 } else { 3000000 }
    $root = if ($Smoke) { Join-Path $Results 'quick' } else { $Results }
    if (-not $PSCmdlet.ShouldProcess($root, 'train the runs of galvan-fig4-1 and write its tables')) { return }
    $series = @(
        @{ Name = 'SGD-C rho>1'; Slug = 'rho-gt-1'; Init = @{} }
        @{ Name = 'SGD-C rho<1'; Slug = 'rho-lt-1'; Init = @{ WRecInit = 'gaussian(mean=0, std=0.1)' } }
    )

    $runs = foreach ($s in $series) {
        foreach ($length in $lengths) {
            foreach ($seed in $seeds) {
                $checkpoint = Join-Path $root "galvan-fig4-1/ps-checkpoints/$($s.Slug)_T$($length)_s$seed"
                $init = $s.Init
                (Read-FinishedRun $checkpoint) ?? (Invoke-RnnTraining -Task TemporalOrder -Length $length -Seed $seed -MaxIterations $maxIterations -Threads 1 -CheckpointPath $checkpoint -Resume @init | Save-FinishedRun $checkpoint) |
                    Select-Object @{ n = 'Series'; e = { $s.Name } }, * -ExcludeProperty History
            }
        }
    }

    $runs | Export-Csv -Path (Join-Path $root 'galvan-fig4-1/runs.ps.csv') -UseQuotes AsNeeded
    $runs | Group-Object Series, Length | ForEach-Object {
        $finished = @($_.Group | Where-Object Status -ne 'Cancelled')
        $successes = @($finished | Where-Object Status -eq 'Solved').Count
        [pscustomobject]@{
            Series = $_.Group[0].Series; Length = $_.Group[0].Length; Planned = $_.Count; Runs = $finished.Count; Successes = $successes
            SuccessRate = if ($finished.Count) { 100 * $successes / $finished.Count } else { [double]::NaN }
        }
    } | Export-Csv -Path (Join-Path $root 'galvan-fig4-1.csv') -UseQuotes AsNeeded

    if (Get-Command gnuplot -ErrorAction SilentlyContinue) { gnuplot -e "results='$root'" (Join-Path $PSScriptRoot 'galvan-fig4-1.gp') }
}
finally { [System.Globalization.CultureInfo]::CurrentCulture = $callerCulture }
