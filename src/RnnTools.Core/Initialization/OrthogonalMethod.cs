namespace RnnTools.Core.Initialization;

/// <summary>How <c>orthogonal</c> draws its matrix (training.md §6.3).</summary>
public enum OrthogonalMethod
{
    /// <summary>QR of a Normal(0, 1) matrix with R's diagonal signs moved into Q (Haar-distributed).</summary>
    Haar,

    /// <summary>Galvan's: the left singular vectors of a U[0, 1) matrix (reproducible only up to column signs).</summary>
    Galvan,
}
