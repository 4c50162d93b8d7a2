namespace RnnTools.Core.Updates;

/// <summary>Evaluates a <see cref="MomentumSchedule"/>.</summary>
public static class MomentumScheduleExtensions
{
    /// <summary>The updates of <see cref="MomentumSchedule.SutskeverRnn"/> at μ = 0.9.</summary>
    public const long WarmUpdates = 1000;

    /// <summary>μ_k for update k (0-based).</summary>
    /// <param name="schedule">The schedule.</param>
    /// <param name="momentum">μ (constant), μ_max (Sutskever) or μ₀ (after the warm phase).</param>
    /// <param name="update">k ≥ 0, the number of updates made before this one.</param>
    public static double At(this MomentumSchedule schedule, double momentum, long update) => schedule switch
    {
        // 1 − 2^{−1−log₂(x)} = 1 − 1/(2x), written exactly.
        MomentumSchedule.Sutskever => Math.Min(1.0 - (0.5 / ((update / 250) + 1)), momentum),
        MomentumSchedule.SutskeverRnn => update < WarmUpdates ? 0.9 : momentum,
        _ => momentum,
    };
}
