namespace RnnTools.Core.Updates;

/// <summary>The update rules of training.md §10 (<c>UpdateRule</c>, <c>--update-rule</c>).</summary>
public enum UpdateRuleKind
{
    /// <summary><c>plain</c> (the default).</summary>
    Plain,

    /// <summary><c>momentum</c> (heavy ball).</summary>
    Momentum,

    /// <summary><c>nesterov</c>.</summary>
    Nesterov,

    /// <summary><c>averaging</c>.</summary>
    Averaging,

    /// <summary><c>cyclic</c>.</summary>
    Cyclic,
}
