using RnnTools.Core.Training;

namespace RnnTools.Core.Tests.Support;

/// <summary>An in-memory training history; it can simulate a crash (an exception) when a given row is about to be written.</summary>
public sealed class MemoryHistory(bool recordsSteps = false, int? crashAtRow = null) : ITrainingHistory
{
    /// <summary>The check rows, in order.</summary>
    public List<CheckRecord> Checks { get; } = [];

    /// <summary>The per-step rows, in order.</summary>
    public List<TemporalStepRecord> Steps { get; } = [];

    /// <summary>Every rewind asked for.</summary>
    public List<HistoryPosition> Rewinds { get; } = [];

    /// <inheritdoc />
    public HistoryPosition Position => new(Checks.Count, Steps.Count);

    /// <inheritdoc />
    public bool RecordsSteps => recordsSteps;

    /// <summary>Stops crashing (for the resumed run).</summary>
    public bool Crashes { get; set; } = crashAtRow is not null;

    /// <inheritdoc />
    public void Rewind(HistoryPosition position)
    {
        Rewinds.Add(position);
        Checks.RemoveRange((int)position.CheckRows, Checks.Count - (int)position.CheckRows);
        Steps.RemoveRange((int)position.TemporalRows, Steps.Count - (int)position.TemporalRows);
    }

    /// <inheritdoc />
    public void Write(CheckRecord check, IReadOnlyList<TemporalStepRecord> steps)
    {
        if (Crashes && Checks.Count == crashAtRow)
        {
            throw new SimulatedCrashException();
        }

        Checks.Add(check);
        Steps.AddRange(steps);
    }
}
