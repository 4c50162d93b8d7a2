using RnnTools.Core.Errors;

namespace RnnTools.Core.Updates;

/// <summary>The update options of training.md §13.4 (§10), with their defaults.</summary>
public sealed record UpdateOptions
{
    /// <summary>The rule.</summary>
    public UpdateRuleKind UpdateRule { get; init; } = UpdateRuleKind.Plain;

    /// <summary>γ of <c>momentum</c>, μ of <c>nesterov</c> (μ_max or μ₀ under a schedule), in [0, 1).</summary>
    public double Momentum { get; init; } = 0.1;

    /// <summary>The momentum schedule.</summary>
    public MomentumSchedule MomentumSchedule { get; init; } = MomentumSchedule.Constant;

    /// <summary>t ≥ 2 of <c>averaging</c>.</summary>
    public int AveragingWindow { get; init; } = 7;

    /// <summary>Checks every value.</summary>
    /// <exception cref="RnnToolsException"><see cref="ErrorIds.InvalidHyperParameter"/> naming the option.</exception>
    public void Validate()
    {
        if (!Enum.IsDefined(UpdateRule))
        {
            throw RnnToolsException.InvalidParameter(nameof(UpdateRule), "is not a known rule.", this);
        }

        if (!Enum.IsDefined(MomentumSchedule))
        {
            throw RnnToolsException.InvalidParameter(nameof(MomentumSchedule), "is not a known schedule.", this);
        }

        if (Momentum is not (>= 0 and < 1))
        {
            throw RnnToolsException.InvalidParameter(nameof(Momentum), "must be in [0, 1).", this);
        }

        if (AveragingWindow < 2)
        {
            throw RnnToolsException.InvalidParameter(nameof(AveragingWindow), "must be ≥ 2.", this);
        }
    }
}
