using RnnTools.Core.Backends;

namespace RnnTools.Core.Experiments;

/// <summary>What an experiment's tables are written from: its paths, its planned grid and the runs finished so far.</summary>
/// <param name="Paths">The experiment's files.</param>
/// <param name="Profile">The profile of the runs.</param>
/// <param name="Planned">Every run of the profile's grid.</param>
/// <param name="Finished">The finished runs (runs.csv and part files).</param>
/// <param name="Backend">The backend of measurements the tables compute themselves (fig3-1).</param>
public sealed record ExperimentResults(ExperimentPaths Paths, ExperimentProfile Profile, IReadOnlyList<ExperimentRun> Planned,
    IReadOnlyList<FinishedRun> Finished, BackendKind Backend);
