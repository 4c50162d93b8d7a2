namespace RnnTools.Core.Engine;

/// <summary>Which norms enter the ratio of Pascanu's regulariser (training.md §11.1, option <c>OmegaNorm</c>).</summary>
public enum OmegaNorm
{
    /// <summary>Squared norms, as Pascanu's code and eq. (10) of the ICML paper (the default).</summary>
    Squared,

    /// <summary>Plain norms, as eq. (9).</summary>
    Plain,
}
