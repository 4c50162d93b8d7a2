using RnnTools.Core.Errors;

namespace RnnTools.Core.Growth;

/// <summary>The growth options of training.md §12 and §13.4.</summary>
public sealed record GrowthOptions
{
    /// <summary>The policy.</summary>
    public GrowthKind Growth { get; init; } = GrowthKind.None;

    /// <summary>n_max ≥ 1: the size is never grown beyond it.</summary>
    public int GrowthMax { get; init; } = 100;

    /// <summary>The units added per growth (≥ 1).</summary>
    public int GrowthIncrement { get; init; } = 5;

    /// <summary>The calls between growths (≥ 1).</summary>
    public int GrowthFrequency { get; init; } = 2000;

    /// <summary>Checks every value.</summary>
    /// <exception cref="RnnToolsException"><see cref="ErrorIds.InvalidHyperParameter"/> naming the option.</exception>
    public void Validate()
    {
        if (!Enum.IsDefined(Growth))
        {
            throw RnnToolsException.InvalidParameter(nameof(Growth), "must be none or incremental.", this);
        }

        foreach ((string name, int value) in new[] { (nameof(GrowthMax), GrowthMax), (nameof(GrowthIncrement), GrowthIncrement), (nameof(GrowthFrequency), GrowthFrequency) })
        {
            if (value < 1)
            {
                throw RnnToolsException.InvalidParameter(name, "must be ≥ 1.", this);
            }
        }
    }
}
