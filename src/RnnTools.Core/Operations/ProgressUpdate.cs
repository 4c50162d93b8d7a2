namespace RnnTools.Core.Operations;

/// <summary>One progress report.</summary>
/// <param name="Activity">What is running (e.g. "train TemporalOrder Seed=13").</param>
/// <param name="Status">Invariant status text (e.g. "check 12/50, loss 0.1234").</param>
/// <param name="Current">Work done so far (e.g. iterations).</param>
/// <param name="Total">Total work, or 0 when unknown.</param>
/// <param name="Remaining">Estimated time remaining, or null.</param>
/// <param name="Milestone">True for reports that must not be throttled away (a check, the final report).</param>
/// <param name="Completed">True for the final report.</param>
public sealed record ProgressUpdate(string Activity, string Status, long Current, long Total, TimeSpan? Remaining,
    bool Milestone = false, bool Completed = false)
{
    /// <summary>Percent complete (0-100), or -1 when the total is unknown.</summary>
    public int PercentComplete => Total <= 0 ? -1 : (int)Math.Clamp(100 * Current / Total, 0, 100);
}
