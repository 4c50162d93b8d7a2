using System.Numerics;
using RnnTools.Core.Errors;

namespace RnnTools.Core.Updates;

/// <summary>Builds the update rule that <see cref="UpdateOptions"/> select (training.md §10).</summary>
public static class UpdateRuleFactory
{
    /// <summary>Validates the options and builds the rule.</summary>
    /// <exception cref="RnnToolsException"><see cref="ErrorIds.InvalidHyperParameter"/> naming the option.</exception>
    public static IUpdateRule<T> Create<T>(UpdateOptions options)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        options.Validate();
        return options.UpdateRule switch
        {
            UpdateRuleKind.Momentum => new MomentumUpdate<T>(options.Momentum, options.MomentumSchedule),
            UpdateRuleKind.Nesterov => new NesterovUpdate<T>(options.Momentum, options.MomentumSchedule),
            UpdateRuleKind.Averaging => new AveragingUpdate<T>(options.AveragingWindow),
            UpdateRuleKind.Cyclic => new CyclicUpdate<T>(),
            _ => new PlainUpdate<T>(),
        };
    }
}
