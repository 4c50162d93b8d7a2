using RnnTools.Core.Initialization;

namespace RnnTools.Core.Experiments;

/// <summary>One point of pascanu-fig7: an initialisation panel, a training series and a length.</summary>
/// <param name="Init">The init preset of the panel.</param>
/// <param name="Series">SGD, SGD-C or SGD-CR.</param>
/// <param name="Length">ℓ (fixed length).</param>
/// <param name="Planned">Runs of the grid at this point.</param>
/// <param name="Runs">Finished runs.</param>
/// <param name="Successes">Finished runs under 1 % validation error.</param>
/// <param name="SuccessRate">100 · Successes / Runs (NaN before any run finished).</param>
public sealed record PascanuSuccessRow(InitPreset Init, string Series, int Length, int Planned, int Runs, int Successes, double SuccessRate);
