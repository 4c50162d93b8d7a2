# Dot-sourced by the Reproduce-*.ps1 scripts: a run trains once per checkpoint directory. Save-FinishedRun keeps the
# summary (summary.csv) and the per-check history (checks.csv) of a run that ended; Read-FinishedRun returns it on the
# next call of the script (and $null for a run that is new or was interrupted, which Invoke-RnnTraining -Resume continues).

function Read-FinishedRun([string] $CheckpointPath) {
    $summary = Join-Path $CheckpointPath 'summary.csv'
    if (-not (Test-Path $summary)) { return $null }
    $history = @(Import-Csv (Join-Path $CheckpointPath 'checks.csv'))
    Import-Csv $summary | Add-Member -NotePropertyName History -NotePropertyValue $history -PassThru
}

function Save-FinishedRun([string] $CheckpointPath, [Parameter(ValueFromPipeline)] $Run) {
    process {
        if ($Run.Status -ne 'Cancelled') {
            $Run.History | Export-Csv -Path (Join-Path $CheckpointPath 'checks.csv') -UseQuotes AsNeeded
            $Run | Select-Object * -ExcludeProperty History | Export-Csv -Path (Join-Path $CheckpointPath 'summary.csv') -UseQuotes AsNeeded
        }
        $Run
    }
}
