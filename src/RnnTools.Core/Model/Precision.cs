namespace RnnTools.Core.Model;

/// <summary>The floating-point precision of a model's values and of the engine that runs it (training.md §5).</summary>
public enum Precision
{
    /// <summary>Single precision (float), the default for training.</summary>
    Float32,

    /// <summary>Double precision (double), used by gradient checks and diagnostics.</summary>
    Float64,
}
