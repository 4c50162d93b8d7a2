using System.Numerics;
using System.Numerics.Tensors;
using RnnTools.Core.Directions.Combining;

namespace RnnTools.Core.Directions;

/// <summary>
/// What a direction rule reports (training.md §8, §14.1): ‖d‖ and cos(d, g) always (g the total gradient), and the
/// fields of the rules that apply (null otherwise).
/// </summary>
public readonly record struct DirectionInfo
{
    /// <summary><c>dir_norm</c> = ‖d‖₂ (<c>grad_norm</c> of <c>antigradient</c> and <c>checked</c>).</summary>
    public double DirNorm { get; init; }

    /// <summary>cos(d, g), negative for a descent direction; NaN when a norm is 0.</summary>
    public double DirCos { get; init; }

    /// <summary><c>switched</c> of conditional switching.</summary>
    public SwitchReason? Switched { get; init; }

    /// <summary><c>grad_dot</c> of conditional switching: the cosine of the primary direction with g.</summary>
    public double? PrimaryCos { get; init; }

    /// <summary><c>db_G_norm</c> of a combining rule.</summary>
    public double? DbGNorm { get; init; }

    /// <summary><c>equi_cos</c> of <c>equiangular</c>.</summary>
    public double? EquiCos { get; init; }

    /// <summary>True when a combining rule fell back to g (zero or non-finite combination, rank-deficient equiangular system).</summary>
    public bool CombinationFallback { get; init; }

    /// <summary>Σm of <c>dropout</c>: the number of entries kept.</summary>
    public int? DropoutKept { get; init; }

    /// <summary>The non-zero entries of the final <c>dropout</c> direction.</summary>
    public int? DropoutNonZeros { get; init; }

    /// <summary>sᵀy of the L-BFGS pair formed at this iteration.</summary>
    public double? LbfgsCurvature { get; init; }

    /// <summary>The number of L-BFGS pairs stored (<c>collected</c>).</summary>
    public int? LbfgsPairs { get; init; }

    /// <summary>‖s‖ of the L-BFGS pair formed at this iteration.</summary>
    public double? LbfgsStepNorm { get; init; }

    /// <summary>‖y‖ of the L-BFGS pair formed at this iteration.</summary>
    public double? LbfgsGradientChangeNorm { get; init; }

    /// <summary>γ of the two-loop recursion when it ran.</summary>
    public double? LbfgsScaling { get; init; }

    /// <summary>The info of a final direction: ‖d‖ and cos(d, g).</summary>
    public static DirectionInfo Of<T>(ReadOnlySpan<T> direction, ReadOnlySpan<T> gradient)
        where T : unmanaged, IFloatingPointIeee754<T> => new()
    {
        DirNorm = double.CreateTruncating(TensorPrimitives.Norm(direction)),
        DirCos = double.CreateTruncating(TensorPrimitives.CosineSimilarity(direction, gradient)),
    };

    /// <summary>This info with a combining rule's fields.</summary>
    public DirectionInfo WithCombination(CombinationInfo combination) =>
        this with { DbGNorm = combination.DbGNorm, EquiCos = combination.EquiCos, CombinationFallback = combination.Fallback };
}
