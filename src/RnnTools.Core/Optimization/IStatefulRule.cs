namespace RnnTools.Core.Optimization;

/// <summary>
/// A rule of the training loop (direction, combination, step or update rule) whose state can be captured for a
/// checkpoint and restored so that a resumed run continues bit-identically (training.md §13.5).
/// </summary>
public interface IStatefulRule
{
    /// <summary>A copy of the rule's state (empty for stateless rules), as plain data.</summary>
    RuleState CaptureState();

    /// <summary>Replaces the rule's state with a captured one.</summary>
    /// <exception cref="ArgumentException">The state was not captured from a rule of the same configuration.</exception>
    void RestoreState(RuleState state);

    /// <summary>
    /// Clears what hidden-unit growth invalidates (training.md §12): velocity, L-BFGS memory, averaging accumulator,
    /// adaptive-step history. Random generators, counters and learned step sizes continue.
    /// </summary>
    void Reset();
}
