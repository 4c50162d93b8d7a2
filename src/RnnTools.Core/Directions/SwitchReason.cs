namespace RnnTools.Core.Directions;

/// <summary>The outcome of conditional switching (training.md §8, <c>switched</c>).</summary>
public enum SwitchReason
{
    /// <summary>The primary direction was kept.</summary>
    None,

    /// <summary>cos(d, g) ≥ max_cos or NaN: not a descent direction, replaced by −g.</summary>
    Cos,

    /// <summary>‖d‖ &gt; ψ: replaced by −g.</summary>
    Norm,
}
