namespace RnnTools.Core.Experiments;

/// <summary>The per-run history an experiment needs for its figure, kept under <c>results/&lt;id&gt;/histories/</c>.</summary>
public enum RunHistoryKind
{
    /// <summary>Only the summary row in runs.csv.</summary>
    None,

    /// <summary>The check records (validation curves).</summary>
    Checks,

    /// <summary>The check records and the per-step temporal components at every check.</summary>
    ChecksAndTemporal,
}
