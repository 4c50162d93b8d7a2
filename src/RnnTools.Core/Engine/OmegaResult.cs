namespace RnnTools.Core.Engine;

/// <summary>The value of Pascanu's regulariser on one batch (training.md §11.1).</summary>
/// <param name="Omega">Ω = Σ_t mean_b Ω_{t,b} / N_v (0 when N_v = 0).</param>
/// <param name="ValidSteps">N_v = Σ_t mean_b valid_{t,b}.</param>
/// <param name="StepsInPast">N_v / T, the fraction of (t, b) pairs whose error signal has not vanished.</param>
public sealed record OmegaResult(double Omega, double ValidSteps, double StepsInPast);
