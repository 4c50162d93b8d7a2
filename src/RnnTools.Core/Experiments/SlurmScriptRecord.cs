namespace RnnTools.Core.Experiments;

/// <summary>One file written by <c>experiment slurm</c>.</summary>
/// <param name="Experiment">The experiment id.</param>
/// <param name="Role">array (one task per run), merge (the step after the array) or submit (chains the two).</param>
/// <param name="Path">The file.</param>
/// <param name="Runs">Runs in the array.</param>
public sealed record SlurmScriptRecord(string Experiment, string Role, string Path, int Runs);
