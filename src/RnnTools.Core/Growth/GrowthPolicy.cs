using System.Globalization;

namespace RnnTools.Core.Growth;

/// <summary>
/// The growth policy of training.md §12: called once per iteration before the training batch is drawn, with the call
/// counter c = 0, 1, 2, …; <c>incremental</c> grows when (c + 1) mod frequency = 0 and n_h &lt; n_max, to
/// n' = min(n_h + increment, n_max). Stateless: the loop passes the counter (its iteration index).
/// <b>Deviation:</b> the size is capped at n_max (the original could exceed it).
/// </summary>
public sealed class GrowthPolicy
{
    private readonly GrowthOptions options;

    /// <summary>Creates the policy from validated options.</summary>
    /// <exception cref="Errors.RnnToolsException">An option is out of range.</exception>
    public GrowthPolicy(GrowthOptions options)
    {
        options.Validate();
        this.options = options;
    }

    /// <summary>The new hidden size at call <paramref name="call"/>, or null when the model keeps its size.</summary>
    /// <param name="call">c ≥ 0.</param>
    /// <param name="hiddenSize">The current n_h.</param>
    public int? NextHiddenSize(long call, int hiddenSize) =>
        options.Growth == GrowthKind.Incremental && (call + 1) % options.GrowthFrequency == 0 && hiddenSize < options.GrowthMax
            ? Math.Min(hiddenSize + options.GrowthIncrement, options.GrowthMax)
            : null;

    /// <summary>The log line of a growth: "extending the number of hidden units to n'".</summary>
    public static string Describe(int hiddenSize) =>
        string.Create(CultureInfo.InvariantCulture, $"extending the number of hidden units to {hiddenSize}");
}
