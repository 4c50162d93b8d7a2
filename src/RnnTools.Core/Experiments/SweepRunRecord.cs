using RnnTools.Core.Training;

namespace RnnTools.Core.Experiments;

/// <summary>One row of <c>results/&lt;id&gt;/runs.csv</c>: the run's key, then the summary of <see cref="TrainingRunRecord"/> with its provenance.</summary>
/// <param name="Experiment">The experiment id.</param>
/// <param name="ExperimentVersion">The definition's version.</param>
/// <param name="Profile">The profile the run belongs to.</param>
/// <param name="RunKey">The run's key (experiment id, grid point and seed).</param>
/// <param name="Series">The series, rule or model of the table or figure.</param>
/// <param name="Run">The run's summary.</param>
public sealed record SweepRunRecord(string Experiment, int ExperimentVersion, ExperimentProfile Profile, string RunKey, string Series, TrainingRunRecord Run);
