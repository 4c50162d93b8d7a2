namespace RnnTools.Core.Experiments;

/// <summary>One experiment of the catalog (<c>experiment list</c>).</summary>
/// <param name="Id">The experiment id.</param>
/// <param name="Version">The definition's version.</param>
/// <param name="FullRuns">Runs of the full profile (0 for a deterministic measurement).</param>
/// <param name="QuickRuns">Runs of the quick profile.</param>
/// <param name="AlsoWrites">The other tables and figures drawn from its runs, space-separated.</param>
/// <param name="Title">What it shows.</param>
public sealed record ExperimentInfoRecord(string Id, int Version, int FullRuns, int QuickRuns, string AlsoWrites, string Title);
