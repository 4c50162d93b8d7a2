namespace RnnTools.Core.Training;

/// <summary>What the loop does with non-finite values (training.md §13.3, <c>NanPolicy</c>).</summary>
public enum NanPolicy
{
    /// <summary>Do not apply the update; end the run with status <c>Diverged</c> naming the first non-finite quantity (the default).</summary>
    Stop,

    /// <summary>Galvan parity: apply the update anyway; the run ends at the next check, when W_rec's spectrum cannot be computed.</summary>
    Galvan,

    /// <summary>Pascanu's guard (§11.2): when ‖g‖ is non-finite or above 1e10, shrink W_rec by lr·0.02 instead of updating, then continue.</summary>
    Pascanu,
}
