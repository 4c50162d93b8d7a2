using System.Collections.Immutable;

namespace RnnTools.Core.Optimization;

/// <summary>
/// The state of a stateful rule as plain data for checkpoints: named arrays of doubles (vectors and scalars; float
/// values convert to double and back exactly, non-finite values included) and named arrays of 64-bit words (random
/// generator states). Keys are ordinal-sorted; composite rules nest their parts under a prefix ("primary.").
/// </summary>
/// <param name="Values">Named numeric arrays (a scalar is an array of one).</param>
/// <param name="Words">Named word arrays (xoshiro256** states).</param>
public sealed record RuleState(ImmutableSortedDictionary<string, double[]> Values, ImmutableSortedDictionary<string, ulong[]> Words)
{
    /// <summary>The state of a stateless rule.</summary>
    public static RuleState Empty { get; } =
        new(ImmutableSortedDictionary.Create<string, double[]>(StringComparer.Ordinal), ImmutableSortedDictionary.Create<string, ulong[]>(StringComparer.Ordinal));

    /// <summary>This state plus a numeric array (copied).</summary>
    public RuleState With(string key, ReadOnlySpan<double> values) => this with { Values = Values.SetItem(key, values.ToArray()) };

    /// <summary>This state plus one number.</summary>
    public RuleState With(string key, double value) => With(key, [value]);

    /// <summary>This state plus a word array (copied).</summary>
    public RuleState With(string key, ReadOnlySpan<ulong> words) => this with { Words = Words.SetItem(key, words.ToArray()) };

    /// <summary>This state plus every entry of <paramref name="child"/>, its keys prefixed with <paramref name="prefix"/> and a dot.</summary>
    public RuleState WithChild(string prefix, RuleState child) => this with
    {
        Values = Values.SetItems(child.Values.Select(entry => KeyValuePair.Create($"{prefix}.{entry.Key}", entry.Value))),
        Words = Words.SetItems(child.Words.Select(entry => KeyValuePair.Create($"{prefix}.{entry.Key}", entry.Value))),
    };

    /// <summary>The entries stored under <paramref name="prefix"/> by <see cref="WithChild"/>, with the prefix removed.</summary>
    public RuleState Child(string prefix)
    {
        string start = prefix + ".";
        return new RuleState(
            Values.Where(entry => entry.Key.StartsWith(start, StringComparison.Ordinal))
                .ToImmutableSortedDictionary(entry => entry.Key[start.Length..], entry => entry.Value, StringComparer.Ordinal),
            Words.Where(entry => entry.Key.StartsWith(start, StringComparison.Ordinal))
                .ToImmutableSortedDictionary(entry => entry.Key[start.Length..], entry => entry.Value, StringComparer.Ordinal));
    }

    /// <summary>The numeric array stored under <paramref name="key"/>.</summary>
    /// <exception cref="ArgumentException">The key is missing.</exception>
    public double[] Vector(string key) =>
        Values.TryGetValue(key, out double[]? values) ? values : throw new ArgumentException($"The rule state has no value '{key}'.", nameof(key));

    /// <summary>The single number stored under <paramref name="key"/>.</summary>
    /// <exception cref="ArgumentException">The key is missing or holds more than one number.</exception>
    public double Scalar(string key)
    {
        double[] values = Vector(key);
        return values.Length == 1 ? values[0] : throw new ArgumentException($"The rule state value '{key}' is not a single number.", nameof(key));
    }

    /// <summary>The word array stored under <paramref name="key"/>.</summary>
    /// <exception cref="ArgumentException">The key is missing.</exception>
    public ulong[] Word(string key) =>
        Words.TryGetValue(key, out ulong[]? words) ? words : throw new ArgumentException($"The rule state has no words '{key}'.", nameof(key));
}
