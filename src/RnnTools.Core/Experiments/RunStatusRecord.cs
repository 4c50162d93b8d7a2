using RnnTools.Core.Training;

namespace RnnTools.Core.Experiments;

/// <summary>One run of an experiment's grid and where it stands.</summary>
/// <param name="Experiment">The experiment id.</param>
/// <param name="Profile">The profile.</param>
/// <param name="Index">The run's position in the grid (its Slurm array index).</param>
/// <param name="RunKey">The run's key.</param>
/// <param name="Series">The series, rule or model.</param>
/// <param name="State">Done, running, partial or remaining.</param>
/// <param name="Status">The training status of a done run, else null.</param>
/// <param name="Iterations">Iterations done: of a done run, or up to the checkpoint of a running or partial one.</param>
/// <param name="MaxIterations">The run's iteration cap.</param>
public sealed record RunStatusRecord(string Experiment, ExperimentProfile Profile, int Index, string RunKey, string Series, RunState State,
    TrainingStatus? Status, long? Iterations, long MaxIterations);
