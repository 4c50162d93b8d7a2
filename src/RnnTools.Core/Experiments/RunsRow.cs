using RnnTools.Core.Backends;

namespace RnnTools.Core.Experiments;

/// <summary>A runs.csv row as read for copying it to another experiment: what the tables need, what computed it, and its text.</summary>
/// <param name="Run">What the tables need of the row.</param>
/// <param name="ExperimentVersion">The version of the definition the run was trained under.</param>
/// <param name="Backend">The backend that trained it.</param>
/// <param name="KeyFields">The five key columns (<see cref="SweepRunRecordMap.KeyColumns"/>).</param>
/// <param name="Raw">The row's CSV text, newline included.</param>
public sealed record RunsRow(FinishedRun Run, int ExperimentVersion, BackendKind Backend, IReadOnlyList<string> KeyFields, string Raw);
