using RnnTools.Core.Csv;

namespace RnnTools.Core.Training;

/// <summary>
/// <c>train</c>'s history files: <c>--history</c> (one <see cref="CheckRecord"/> row per check) and <c>--temporal</c>
/// (the per-step rows of training.md §14.2), appended to (header once, checked), flushed per row, and truncated to a
/// checkpoint's row counts on <c>--resume</c>.
/// </summary>
public sealed class TrainingHistoryFiles : ITrainingHistory, IDisposable
{
    private readonly string? checksPath;
    private readonly string? temporalPath;
    private ResultCsvWriter<CheckRecord>? checks;
    private ResultCsvWriter<TemporalStepRecord>? temporal;
    private long checkRows;
    private long temporalRows;
    private bool open;

    /// <summary>Opens the files that are given (either may be null).</summary>
    /// <param name="checksPath">The check history, or null.</param>
    /// <param name="temporalPath">The per-step history, or null.</param>
    /// <param name="resuming">
    /// A resume is requested: the files are opened by <see cref="Rewind"/> (or the first write, when there is no
    /// checkpoint), since their last rows may be a partial row that the rewind drops.
    /// </param>
    /// <exception cref="Errors.RnnToolsException">A file cannot be appended to (header mismatch, truncated last row) or written.</exception>
    public TrainingHistoryFiles(string? checksPath, string? temporalPath, bool resuming)
    {
        this.checksPath = checksPath;
        this.temporalPath = temporalPath;
        if (!resuming)
        {
            EnsureOpen();
        }
    }

    /// <inheritdoc />
    public HistoryPosition Position
    {
        get
        {
            EnsureOpen();
            return new(checkRows, temporalRows);
        }
    }

    /// <inheritdoc />
    public bool RecordsSteps => temporalPath is not null;

    /// <inheritdoc />
    public void Rewind(HistoryPosition position)
    {
        ArgumentNullException.ThrowIfNull(position);
        Close();
        if (checksPath is not null)
        {
            ResultFile.TruncateRows(checksPath, position.CheckRows);
        }

        if (temporalPath is not null)
        {
            ResultFile.TruncateRows(temporalPath, position.TemporalRows);
        }

        EnsureOpen();
    }

    /// <inheritdoc />
    public void Write(CheckRecord check, IReadOnlyList<TemporalStepRecord> steps)
    {
        ArgumentNullException.ThrowIfNull(steps);
        EnsureOpen();
        if (checks is not null)
        {
            checks.Write(check);
            checkRows++;
        }

        if (temporal is not null)
        {
            foreach (TemporalStepRecord row in steps)
            {
                temporal.Write(row);
                temporalRows++;
            }
        }
    }

    /// <inheritdoc />
    public void Dispose() => Close();

    private void Close()
    {
        checks?.Dispose();
        temporal?.Dispose();
        (checks, temporal, open) = (null, null, false);
    }

    private void EnsureOpen()
    {
        if (open)
        {
            return;
        }

        open = true;
        if (checksPath is not null)
        {
            checks = ResultCsvWriter<CheckRecord>.Open(checksPath, new CheckRecordMap(), ResultFileMode.Append);
            checkRows = ResultFile.CountRows(checksPath);
        }

        if (temporalPath is not null)
        {
            temporal = ResultCsvWriter<TemporalStepRecord>.Open(temporalPath, new TemporalStepRecordMap(), ResultFileMode.Append);
            temporalRows = ResultFile.CountRows(temporalPath);
        }
    }
}
