using RnnTools.Core.Errors;

namespace RnnTools.Core.Directions;

/// <summary>The direction options of training.md §13.4 (§7–8), with their defaults.</summary>
public sealed record DirectionOptions
{
    /// <summary>ψ of <c>switching</c> for tasks other than TemporalOrder.</summary>
    public const double DefaultPsi = 0.5;

    /// <summary>ψ of <c>switching</c> for TemporalOrder (the loop passes it when <see cref="Psi"/> is not given).</summary>
    public const double TemporalOrderPsi = 0.9;

    /// <summary>
    /// The rule: <c>antigradient</c>, <c>simplex</c>, <c>switching</c>, <c>combined:&lt;rule&gt;</c> (a combining rule
    /// of §7: <c>simplex</c>, <c>reduced-simplex</c>, <c>uniform-random</c>, <c>ones</c>, <c>time-smoothing</c>,
    /// <c>random-clipping</c>, <c>temporal-clipping</c>, <c>equiangular</c>), <c>lbfgs</c> or <c>dropout</c>.
    /// </summary>
    public string Direction { get; init; } = "antigradient";

    /// <summary>ψ &gt; 0 of <c>switching</c> (∞ allowed): 0.9 for TemporalOrder, 0.5 otherwise.</summary>
    public double Psi { get; init; } = DefaultPsi;

    /// <summary>max_cos of <c>simplex</c> and <c>switching</c>, in [−1, 1].</summary>
    public double MaxCos { get; init; }

    /// <summary>τ_trust ≥ 0 of the row normalisation.</summary>
    public double TrustThreshold { get; init; } = 1e-25;

    /// <summary>Turns norm preservation off.</summary>
    public bool NoNormPreservation { get; init; }

    /// <summary>Separate mode of the combining rules.</summary>
    public bool SeparateBlocks { get; init; }

    /// <summary>keep ∈ (0, 1] of <c>reduced-simplex</c>.</summary>
    public double Keep { get; init; } = 1;

    /// <summary>m ≥ 1 of <c>lbfgs</c> (required with it).</summary>
    public int? LbfgsMemory { get; init; }

    /// <summary>γ = s_newᵀy_new / y_newᵀy_new instead of 1.</summary>
    public bool LbfgsScaling { get; init; }

    /// <summary>The inner direction of <c>dropout</c> (any other name).</summary>
    public string DropoutInner { get; init; } = "antigradient";

    /// <summary>rate ∈ [0, 1) of <c>dropout</c> (required with it).</summary>
    public double? DropoutRate { get; init; }

    /// <summary>The run seed of the rules' own streams.</summary>
    public int Seed { get; init; } = 13;

    /// <summary>Checks every value and that the named rules exist (by building them).</summary>
    /// <exception cref="RnnToolsException"><see cref="ErrorIds.InvalidHyperParameter"/> naming the option.</exception>
    public void Validate()
    {
        if (double.IsNaN(Psi) || Psi <= 0)
        {
            throw RnnToolsException.InvalidParameter(nameof(Psi), "must be > 0 (∞ disables the norm test).", this);
        }

        if (!(MaxCos >= -1 && MaxCos <= 1))
        {
            throw RnnToolsException.InvalidParameter(nameof(MaxCos), "must be in [-1, 1].", this);
        }

        if (!(TrustThreshold >= 0) || double.IsPositiveInfinity(TrustThreshold))
        {
            throw RnnToolsException.InvalidParameter(nameof(TrustThreshold), "must be a finite number ≥ 0.", this);
        }

        if (!(Keep > 0 && Keep <= 1))
        {
            throw RnnToolsException.InvalidParameter(nameof(Keep), "must be in (0, 1].", this);
        }

        if (LbfgsMemory is < 1)
        {
            throw RnnToolsException.InvalidParameter(nameof(LbfgsMemory), "must be ≥ 1.", this);
        }

        if (DropoutRate is { } rate && !(rate >= 0 && rate < 1))
        {
            throw RnnToolsException.InvalidParameter(nameof(DropoutRate), "must be in [0, 1).", this);
        }

        if (Seed < 0)
        {
            throw RnnToolsException.InvalidParameter(nameof(Seed), "must be ≥ 0.", this);
        }

        DirectionRuleFactory.Create<double>(this);
    }
}
