namespace RnnTools.Core.Experiments;

/// <summary>What <c>experiment merge</c> did.</summary>
/// <param name="Experiment">The experiment id.</param>
/// <param name="Parts">Part files read (and deleted).</param>
/// <param name="RowsMerged">Rows moved into runs.csv.</param>
/// <param name="RunsDone">Runs of the grid finished after the merge.</param>
/// <param name="RunsPlanned">Runs of the grid.</param>
public sealed record MergeRecord(string Experiment, int Parts, int RowsMerged, int RunsDone, int RunsPlanned);
