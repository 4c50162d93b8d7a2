namespace RnnTools.Core.Operations.Backends;

/// <summary>One backend and whether it can be used.</summary>
/// <param name="Backend">The lower-case name as <c>RNNTOOLS_BACKEND</c> spells it (mkl, openblas, managed, cuda).</param>
/// <param name="Available">Whether the backend loaded and passed its smoke test.</param>
/// <param name="Description">The backend's <c>Describe()</c> line when available, else empty.</param>
/// <param name="Reason">Why it is unavailable, with the paths tried; empty when available.</param>
public sealed record BackendRecord(string Backend, bool Available, string Description, string Reason);
