using System.Numerics;
using RnnTools.Core.Directions.Combining;
using RnnTools.Core.Errors;

namespace RnnTools.Core.Directions;

/// <summary>
/// Builds the direction rule a <c>--direction</c> name describes (training.md §8): <c>antigradient</c>; <c>simplex</c> =
/// checked(combined(simplex), max_cos, ψ = ∞); <c>switching</c> = checked(combined(simplex), max_cos, ψ);
/// <c>combined:&lt;rule&gt;</c>; <c>lbfgs</c> = lbfgs(m); <c>dropout</c> = dropout(inner, rate, seed).
/// </summary>
public static class DirectionRuleFactory
{
    /// <summary>The fixed direction names (besides <c>combined:&lt;rule&gt;</c>).</summary>
    public static IReadOnlyList<string> Names { get; } = ["antigradient", "simplex", "switching", "lbfgs", "dropout"];

    /// <summary>The combining rules of §7, as written after <c>combined:</c>.</summary>
    public static IReadOnlyList<string> CombiningRules { get; } =
        ["simplex", "reduced-simplex", "uniform-random", "ones", "time-smoothing", "random-clipping", "temporal-clipping", "equiangular"];

    /// <summary>Builds the configured rule (its own streams seeded from <see cref="DirectionOptions.Seed"/>).</summary>
    /// <exception cref="RnnToolsException"><see cref="ErrorIds.InvalidHyperParameter"/> naming the option at fault.</exception>
    public static IDirectionRule<T> Create<T>(DirectionOptions options)
        where T : unmanaged, IFloatingPointIeee754<T> => Create<T>(options, options.Direction, nameof(DirectionOptions.Direction));

    private static IDirectionRule<T> Create<T>(DirectionOptions options, string text, string parameter)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        string name = text.Trim().ToLowerInvariant();
        if (name.StartsWith("combined:", StringComparison.Ordinal))
        {
            return new CombinedDirection<T>(CombiningRule<T>(options, name["combined:".Length..], parameter));
        }

        switch (name)
        {
            case "antigradient":
                return new AntigradientDirection<T>();
            case "simplex":
                return new CheckedDirection<T>(new CombinedDirection<T>(CombiningRule<T>(options, "simplex", parameter)), options.MaxCos, double.PositiveInfinity);
            case "switching":
                return new CheckedDirection<T>(new CombinedDirection<T>(CombiningRule<T>(options, "simplex", parameter)), options.MaxCos, options.Psi);
            case "lbfgs":
                return options.LbfgsMemory is { } memory
                    ? new LbfgsDirection<T>(memory, options.LbfgsScaling)
                    : throw RnnToolsException.InvalidParameter(nameof(DirectionOptions.LbfgsMemory), "is required with the direction 'lbfgs'.", options);
            case "dropout" when parameter == nameof(DirectionOptions.DropoutInner):
                throw RnnToolsException.InvalidParameter(parameter, "cannot itself be 'dropout'.", options);
            case "dropout":
                return options.DropoutRate is { } rate
                    ? new DropoutDirection<T>(Create<T>(options, options.DropoutInner, nameof(DirectionOptions.DropoutInner)), rate, options.Seed)
                    : throw RnnToolsException.InvalidParameter(nameof(DirectionOptions.DropoutRate), "is required with the direction 'dropout'.", options);
            default:
                throw RnnToolsException.InvalidParameter(
                    parameter, $"unknown direction '{text}'; expected one of {string.Join(", ", Names)} or combined:<rule> with a rule of {string.Join(", ", CombiningRules)}.", options);
        }
    }

    private static ICombiningRule<T> CombiningRule<T>(DirectionOptions options, string name, string parameter)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var settings = new CombinationSettings(options.TrustThreshold, !options.NoNormPreservation, options.SeparateBlocks);
        CoefficientRule? coefficients = name switch
        {
            "simplex" => new SimplexCoefficients(options.Seed),
            "reduced-simplex" => new ReducedSimplexCoefficients(options.Keep, options.Seed),
            "uniform-random" => new UniformRandomCoefficients(options.Seed),
            "ones" => new OnesCoefficients(),
            "time-smoothing" => new TimeSmoothingCoefficients(),
            "random-clipping" => new RandomClippingCoefficients(options.Seed),
            "temporal-clipping" => new TemporalClippingCoefficients(),
            "equiangular" => null,
            _ => throw RnnToolsException.InvalidParameter(
                parameter, $"unknown combining rule '{name}'; expected combined:<rule> with a rule of {string.Join(", ", CombiningRules)}.", options),
        };
        return coefficients is null ? new EquiangularCombination<T>(settings) : new LinearCombination<T>(coefficients, settings);
    }
}
