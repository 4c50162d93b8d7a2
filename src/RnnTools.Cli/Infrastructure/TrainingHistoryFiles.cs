using RnnTools.Core.Csv;
using RnnTools.Core.Training;

namespace RnnTools.Cli.Infrastructure;

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

    /// <summary>Opens the files that are given (either may be null).</summary>
    /// <exception cref="Core.Errors.RnnToolsException">A file cannot be appended to (header mismatch, truncated last row) or written.</exception>
    public TrainingHistoryFiles(string? checksPath, string? temporalPath)
    {
        this.checksPath = checksPath;
        this.temporalPath = temporalPath;
        Open();
    }

    /// <inheritdoc />
    public HistoryPosition Position => new(checkRows, temporalRows);

    /// <inheritdoc />
    public bool RecordsSteps => temporalPath is not null;

    /// <inheritdoc />
    public void Rewind(HistoryPosition position)
    {
        ArgumentNullException.ThrowIfNull(position);
        Dispose();
        if (checksPath is not null)
        {
            ResultFile.TruncateRows(checksPath, position.CheckRows);
        }

        if (temporalPath is not null)
        {
            ResultFile.TruncateRows(temporalPath, position.TemporalRows);
        }

        Open();
    }

    /// <inheritdoc />
    public void Write(CheckRecord check, IReadOnlyList<TemporalStepRecord> steps)
    {
        ArgumentNullException.ThrowIfNull(steps);
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
    public void Dispose()
    {
        checks?.Dispose();
        temporal?.Dispose();
        (checks, temporal) = (null, null);
    }

    private void Open()
    {
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
