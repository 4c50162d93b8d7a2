using System.Collections.Immutable;
using RnnTools.Core.Optimization;

namespace RnnTools.Core.Training;

/// <summary>A <see cref="RuleState"/> as plain serialisable data (ordinal key order restored on reading).</summary>
internal sealed record RuleStateData
{
    /// <summary>Named numeric arrays.</summary>
    public Dictionary<string, double[]> Values { get; init; } = [];

    /// <summary>Named word arrays.</summary>
    public Dictionary<string, ulong[]> Words { get; init; } = [];

    /// <summary>The data of a state.</summary>
    public static RuleStateData From(RuleState state) => new()
    {
        Values = state.Values.ToDictionary(entry => entry.Key, entry => entry.Value, StringComparer.Ordinal),
        Words = state.Words.ToDictionary(entry => entry.Key, entry => entry.Value, StringComparer.Ordinal),
    };

    /// <summary>The state this data describes.</summary>
    public RuleState ToState() => new(
        Values.ToImmutableSortedDictionary(entry => entry.Key, entry => entry.Value, StringComparer.Ordinal),
        Words.ToImmutableSortedDictionary(entry => entry.Key, entry => entry.Value, StringComparer.Ordinal));
}
