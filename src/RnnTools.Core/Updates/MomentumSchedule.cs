namespace RnnTools.Core.Updates;

/// <summary>How the momentum coefficient evolves with the update counter k (training.md §10, <c>MomentumSchedule</c>).</summary>
public enum MomentumSchedule
{
    /// <summary>μ_k = μ.</summary>
    Constant,

    /// <summary>Sutskever et al. 2013: μ_k = min(1 − 2^{−1−log₂(⌊k/250⌋ + 1)}, μ_max).</summary>
    Sutskever,

    /// <summary>Their RNN experiments: μ = 0.9 for the first 1000 updates, then μ₀.</summary>
    SutskeverRnn,
}
