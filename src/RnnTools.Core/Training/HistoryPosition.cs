namespace RnnTools.Core.Training;

/// <summary>How many rows a run's history destinations hold (recorded in checkpoints so that a resume can drop later rows).</summary>
/// <param name="CheckRows">Rows of the check history (<c>checks.csv</c>) after its header.</param>
/// <param name="TemporalRows">Rows of the per-step history (<c>temporal.csv</c>) after its header.</param>
public sealed record HistoryPosition(long CheckRows, long TemporalRows)
{
    /// <summary>Empty destinations.</summary>
    public static HistoryPosition Start { get; } = new(0, 0);
}
