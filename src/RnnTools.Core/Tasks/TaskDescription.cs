using RnnTools.Core.Model;

namespace RnnTools.Core.Tasks;

/// <summary>What a task is: its identity, its sizes, the output function and loss it is trained with, and its rules.</summary>
/// <param name="Name">The task.</param>
/// <param name="Variant">The variant generating it.</param>
/// <param name="Mode">The TemporalOrder mode where it applies (Galvan TemporalOrder, or PreTrain around it), else null.</param>
/// <param name="InnerTask">The wrapped task of PreTrain, else null.</param>
/// <param name="InputSize">n_in, the input channels.</param>
/// <param name="OutputSize">n_out, the output channels.</param>
/// <param name="OutputFunction">The output function the network uses for this task.</param>
/// <param name="LossKind">The training loss (training.md §3).</param>
/// <param name="ErrorRule">When a sequence (or pair) counts as wrong, in words.</param>
/// <param name="Success">The validation-error success rule; null for music, whose runs are judged by loss.</param>
public sealed record TaskDescription(
    TaskName Name,
    TaskVariant Variant,
    TemporalOrderMode? Mode,
    TaskName? InnerTask,
    int InputSize,
    int OutputSize,
    OutputFunction OutputFunction,
    LossKind LossKind,
    string ErrorRule,
    SuccessCriterion? Success);
