namespace RnnTools.Core.Directions.Combining;

/// <summary>The settings shared by every combining rule (training.md §7).</summary>
/// <param name="TrustThreshold">τ_trust: a row is normalised only when ‖H_t‖ is finite and ≥ τ_trust (thesis 1e−25).</param>
/// <param name="NormPreservation">Scale c to ‖g‖ (on in all thesis runs).</param>
/// <param name="SeparateBlocks">Apply the rule to each variable block on its own (W_rec without step 0, W_in, b_rec), plain sums for W_out and b_out.</param>
public sealed record CombinationSettings(double TrustThreshold = 1e-25, bool NormPreservation = true, bool SeparateBlocks = false);
