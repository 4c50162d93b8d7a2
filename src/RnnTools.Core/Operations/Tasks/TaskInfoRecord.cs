using RnnTools.Core.Model;
using RnnTools.Core.Tasks;

namespace RnnTools.Core.Operations.Tasks;

/// <summary>One task variant (and TemporalOrder mode) with its sizes, training setup and rules.</summary>
/// <param name="Task">The task.</param>
/// <param name="Variant">The variant.</param>
/// <param name="Mode">The TemporalOrder mode (Galvan TemporalOrder), else null.</param>
/// <param name="InputSize">n_in; null where it depends on options (PreTrain: the inner task's n_in).</param>
/// <param name="OutputSize">n_out; null where it depends on options (PreTrain: the inner task's n_in).</param>
/// <param name="OutputFunction">The network's output function for the task.</param>
/// <param name="LossKind">The training loss.</param>
/// <param name="MinimumLength">The smallest Length the variant accepts; null for PreTrain (its inner task decides) and Music (no length).</param>
/// <param name="ErrorRule">When a sequence counts as wrong.</param>
/// <param name="SuccessRule">The validation-error success rule.</param>
public sealed record TaskInfoRecord(
    TaskName Task,
    TaskVariant Variant,
    TemporalOrderMode? Mode,
    int? InputSize,
    int? OutputSize,
    OutputFunction OutputFunction,
    LossKind LossKind,
    int? MinimumLength,
    string ErrorRule,
    string SuccessRule);
