namespace RnnTools.Core.Tasks;

/// <summary>
/// The bounds <see cref="TaskOptions.Validate"/> enforces (hosts reuse them for range attributes). Per-task minimum
/// lengths come from <see cref="TaskCatalog.MinimumLength"/>.
/// </summary>
public static class TaskLimits
{
    /// <summary>Smallest <c>Length</c> any task accepts.</summary>
    public const int MinLength = 1;

    /// <summary>Largest <c>Length</c> and <c>MaxLength</c>.</summary>
    public const int MaxLength = 1_000_000;

    /// <summary>Smallest <c>BatchSize</c>.</summary>
    public const int MinBatchSize = 1;

    /// <summary>Largest <c>BatchSize</c>.</summary>
    public const int MaxBatchSize = 1_000_000;

    /// <summary>Smallest <c>Seed</c>.</summary>
    public const int MinSeed = 0;

    /// <summary>Largest <c>Seed</c>.</summary>
    public const int MaxSeed = int.MaxValue;

    /// <summary>Smallest <c>NValues</c> (symbols of NoiselessMemorization).</summary>
    public const int MinNValues = 1;

    /// <summary>Largest <c>NValues</c>.</summary>
    public const int MaxNValues = 1000;

    /// <summary>Smallest <c>NPos</c> (pattern positions of NoiselessMemorization).</summary>
    public const int MinNPos = 1;

    /// <summary>Largest <c>NPos</c>.</summary>
    public const int MaxNPos = 1000;

    /// <summary>Largest number of distinct patterns NValues^NPos (one bounded 32-bit draw per pattern).</summary>
    public const long MaxPatterns = int.MaxValue;

    /// <summary>Smallest <c>ErrorThreshold</c>.</summary>
    public const double MinErrorThreshold = 0;

    /// <summary>Largest <c>ErrorThreshold</c>.</summary>
    public const double MaxErrorThreshold = 1e9;

    /// <summary>Smallest <c>CropLength</c> (music split mode).</summary>
    public const int MinCropLength = 1;

    /// <summary>Largest <c>CropLength</c>.</summary>
    public const int MaxCropLength = 1_000_000;
}
