using RnnTools.Core.Operations;

namespace RnnTools.PowerShell.Infrastructure;

/// <summary>The fields of a ProgressRecord, computed by a pure function so that tests can check them without PowerShell.</summary>
/// <param name="ActivityId">The cmdlet's fixed activity id.</param>
/// <param name="Activity">The activity text.</param>
/// <param name="StatusDescription">The invariant status text.</param>
/// <param name="PercentComplete">0-100, or -1 when unknown.</param>
/// <param name="SecondsRemaining">Seconds remaining, or -1 when unknown.</param>
/// <param name="Completed">Whether the record closes the progress bar.</param>
internal sealed record ProgressFields(int ActivityId, string Activity, string StatusDescription, int PercentComplete,
    int SecondsRemaining, bool Completed)
{
    /// <summary>Maps a core progress update.</summary>
    public static ProgressFields From(ProgressUpdate update, int activityId) => new(
        activityId,
        string.IsNullOrEmpty(update.Activity) ? "RnnTools" : update.Activity,
        string.IsNullOrEmpty(update.Status) ? "running" : update.Status,
        update.PercentComplete,
        update.Remaining is { } remaining ? (int)Math.Min(int.MaxValue, Math.Ceiling(remaining.TotalSeconds)) : -1,
        update.Completed);
}
