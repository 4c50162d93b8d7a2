namespace RnnTools.Core.Steps;

/// <summary>The parameters of the adaptive token step (training.md §9.4).</summary>
/// <param name="LearningRate">μ₀ &gt; 0.</param>
/// <param name="IncreaseProbability">p_aug ∈ [0, 1].</param>
/// <param name="Tokens">K ≥ 1.</param>
/// <param name="IncreaseFactor">β_aug &gt; 1.</param>
/// <param name="DecreaseFactor">β_less ∈ (0, 1).</param>
/// <param name="LossWindow">w &gt; s.</param>
/// <param name="MeanHistory">s ≥ 1.</param>
/// <param name="ClipThreshold">τ &gt; 0.</param>
public sealed record AdaptiveStepSettings(
    double LearningRate = 0.001,
    double IncreaseProbability = 0.5,
    int Tokens = 20,
    double IncreaseFactor = 1.5,
    double DecreaseFactor = 0.5,
    int LossWindow = 100,
    int MeanHistory = 20,
    double ClipThreshold = 1);
