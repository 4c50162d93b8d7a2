namespace RnnTools.Core.Steps;

/// <summary>The norm gradient clipping tests (training.md §9.2, <c>ClipNorm</c>).</summary>
public enum ClipNorm
{
    /// <summary>‖d‖₂ (the thesis).</summary>
    L2,

    /// <summary>max_i |d_i| (post-thesis code calls this style "l1", a misnomer).</summary>
    MaxAbs,
}
