namespace RnnTools.Core.Backends;

/// <summary>The backend chosen for a run, and how it was chosen (for verbose output).</summary>
/// <param name="Backend">The backend to use.</param>
/// <param name="Explanation">One line: what was requested, from where, and what was chosen.</param>
public sealed record BackendSelection(IComputeBackend Backend, string Explanation);
