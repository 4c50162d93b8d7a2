namespace RnnTools.Core.Diagnostics;

/// <summary>
/// ‖∂a_t/∂a_k‖₂ on a batch for t = the last step and every k = 0..t (training.md §4.4): per k the mean and the
/// maximum over the sequences, and the bound (σ'_max·s_1)^(t−k−1).
/// </summary>
/// <param name="LastStep">t = T − 1.</param>
/// <param name="Mean">Mean over sequences of ‖∂a_t/∂a_k‖₂, indexed by k.</param>
/// <param name="Max">Maximum over sequences, indexed by k.</param>
/// <param name="Bound">(σ'_max·s_1)^(t−k−1), indexed by k.</param>
public sealed record JacobianProfile(int LastStep, IReadOnlyList<double> Mean, IReadOnlyList<double> Max, IReadOnlyList<double> Bound);
