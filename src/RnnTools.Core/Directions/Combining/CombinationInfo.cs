namespace RnnTools.Core.Directions.Combining;

/// <summary>What a combining rule reports (training.md §7).</summary>
/// <param name="DbGNorm"><c>db_G_norm</c>: the mean of ‖G_t‖ over the combined rows.</param>
/// <param name="EquiCos"><c>equi_cos</c>: c_eq of <c>equiangular</c> (the mean over blocks in separate mode); null for linear rules.</param>
/// <param name="Fallback">True when the rule returned g instead (a zero or non-finite combination, or a rank-deficient equiangular system).</param>
public readonly record struct CombinationInfo(double DbGNorm, double? EquiCos, bool Fallback);
