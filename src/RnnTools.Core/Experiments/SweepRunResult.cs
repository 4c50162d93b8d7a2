using RnnTools.Core.Training;

namespace RnnTools.Core.Experiments;

/// <summary>One line of <c>experiment run</c>'s output: what happened to a run of the grid.</summary>
/// <param name="Experiment">The experiment id.</param>
/// <param name="RunKey">The run's key.</param>
/// <param name="Series">The series, rule or model.</param>
/// <param name="Outcome">What the sweep did with it.</param>
/// <param name="Status">The training status when it was trained now (Cancelled when interrupted) or copied, else null.</param>
/// <param name="Iterations">Iterations done when it was trained now or copied, else null.</param>
/// <param name="ElapsedSeconds">Its accumulated wall-clock seconds when it was trained now, else null.</param>
/// <param name="BackendDescription">The backend that trained it now, or empty.</param>
public sealed record SweepRunResult(string Experiment, string RunKey, string Series, SweepOutcome Outcome, TrainingStatus? Status, long? Iterations,
    double? ElapsedSeconds, string BackendDescription);
