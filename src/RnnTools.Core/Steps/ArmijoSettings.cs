namespace RnnTools.Core.Steps;

/// <summary>The parameters of Armijo backtracking (training.md §9.6).</summary>
/// <param name="InitialStep">s₀ &gt; 0.</param>
/// <param name="Shrink">β ∈ (0, 1).</param>
/// <param name="C1">c₁ ∈ [0, 1) (ignored when simplified).</param>
/// <param name="MaxSteps">max_steps ≥ 1 trials.</param>
/// <param name="WarmStart">Start from min(s₀, s_prev/β) instead of s₀.</param>
/// <param name="Simplified">Galvan's simplified rule: accept on strict decrease L(θ + s·d) &lt; L(θ) (c₁ = 0).</param>
public sealed record ArmijoSettings(
    double InitialStep = 1,
    double Shrink = 0.5,
    double C1 = 1e-4,
    int MaxSteps = 100,
    bool WarmStart = false,
    bool Simplified = false);
