namespace RnnTools.Core.Operations.Backends;

/// <summary>Options of the backend listing (<c>Get-RnnBackend</c>, <c>rnntools backend</c>); it has none yet.</summary>
public sealed record BackendListOptions;
