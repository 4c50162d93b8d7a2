namespace RnnTools.Core.Training;

/// <summary>Why a training run ended (training.md §13.1; the <c>Status</c> column). Every run ends with exactly one.</summary>
public enum TrainingStatus
{
    /// <summary>A check met the success criterion (validation error ≤ the task's threshold, or loss ≤ <c>TargetLoss</c>).</summary>
    Solved,

    /// <summary>The iteration limit <c>MaxIterations</c> was reached.</summary>
    MaxIterations,

    /// <summary>The wall-clock limit <c>Budget</c> was exceeded.</summary>
    Budget,

    /// <summary><c>Patience</c> checks in a row brought no new best validation figure.</summary>
    Stalled,

    /// <summary>A non-finite loss, gradient, direction, step or parameter (training.md §13.3).</summary>
    Diverged,

    /// <summary>Ctrl+C, SIGTERM or StopProcessing: the current iteration finished, then the run stopped.</summary>
    Cancelled,
}
