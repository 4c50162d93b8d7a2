using RnnTools.Core.Random;

namespace RnnTools.Core.Training;

/// <summary>
/// Everything a resumed run needs to continue bit-identically (training.md §13.5): the options it was started with,
/// the model and the best model (values of precision T widened exactly to double), the rule states, every generator's
/// state, the progress counters and the history position. Serialised as <c>checkpoint.json</c>.
/// </summary>
internal sealed record TrainingCheckpoint
{
    /// <summary>The value of <see cref="Format"/>.</summary>
    public const string FormatName = "rnntools.checkpoint";

    /// <summary>The value of <see cref="Version"/>.</summary>
    public const int FormatVersion = 1;

    /// <summary>Identifies the file.</summary>
    public string Format { get; init; } = FormatName;

    /// <summary>The file layout version.</summary>
    public int Version { get; init; } = FormatVersion;

    /// <summary>The trajectory-relevant options as invariant text (<see cref="OptionsFingerprint"/>).</summary>
    public required SortedDictionary<string, string> Options { get; init; }

    /// <summary>The final status, or null while the run can continue.</summary>
    public TrainingStatus? Status { get; init; }

    /// <summary>Counters and figures.</summary>
    public required RunProgress Progress { get; init; }

    /// <summary>Rows of the check history when the checkpoint was written.</summary>
    public long HistoryRows { get; init; }

    /// <summary>Rows of the per-step history when the checkpoint was written.</summary>
    public long TemporalRows { get; init; }

    /// <summary>The current n_h (it differs from HiddenSize after growth).</summary>
    public int HiddenSize { get; init; }

    /// <summary>θ, flat in the flattening order.</summary>
    public required double[] Parameters { get; init; }

    /// <summary>n_h of the best model.</summary>
    public int BestHiddenSize { get; init; }

    /// <summary>The best model's θ, or null before the first check.</summary>
    public double[]? BestParameters { get; init; }

    /// <summary>The direction rule's state.</summary>
    public required RuleStateData Direction { get; init; }

    /// <summary>The step rule's state.</summary>
    public required RuleStateData Step { get; init; }

    /// <summary>The update rule's state.</summary>
    public required RuleStateData Update { get; init; }

    /// <summary>The task's streams.</summary>
    public required List<NumpyRandomStateSnapshot> TaskStreams { get; init; }

    /// <summary>The initialisers' streams (growth draws from them).</summary>
    public required List<NumpyRandomStateSnapshot> InitializerStreams { get; init; }

    /// <summary>The history position this checkpoint belongs to.</summary>
    public HistoryPosition History => new(HistoryRows, TemporalRows);
}
