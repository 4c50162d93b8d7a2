namespace RnnTools.Core.Growth;

/// <summary>The hidden-unit growth policies of training.md §12 (<c>Growth</c>).</summary>
public enum GrowthKind
{
    /// <summary>Never grows (the default).</summary>
    None,

    /// <summary>Every <c>GrowthFrequency</c> calls, add <c>GrowthIncrement</c> units up to <c>GrowthMax</c>.</summary>
    Incremental,
}
