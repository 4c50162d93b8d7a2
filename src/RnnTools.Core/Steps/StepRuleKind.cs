namespace RnnTools.Core.Steps;

/// <summary>The step rules of training.md §9 (<c>StepRule</c>, <c>--step-rule</c>).</summary>
public enum StepRuleKind
{
    /// <summary><c>constant</c> (§9.1).</summary>
    Constant,

    /// <summary><c>clipping</c> (§9.2, the default).</summary>
    Clipping,

    /// <summary><c>two-threshold</c> (§9.3).</summary>
    TwoThreshold,

    /// <summary><c>adaptive</c> (§9.4).</summary>
    Adaptive,

    /// <summary><c>probabilistic</c> (§9.5).</summary>
    Probabilistic,

    /// <summary><c>armijo</c> (§9.6).</summary>
    Armijo,
}
