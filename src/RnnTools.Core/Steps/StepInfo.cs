namespace RnnTools.Core.Steps;

/// <summary>What a step rule reports (training.md §9): α and the fields of the rules that apply (null otherwise).</summary>
/// <param name="StepSize">α ≥ 0 of this iteration (<c>StepSize</c>).</param>
public readonly record struct StepInfo(double StepSize)
{
    /// <summary>Trial-loss evaluations made (probabilistic search, Armijo).</summary>
    public int Evaluations { get; init; }

    /// <summary>The adaptive rule's tokens k after this iteration.</summary>
    public int? Tokens { get; init; }

    /// <summary>The adaptive rule's increase flag (the window mean rose), when it was evaluated.</summary>
    public bool? Increase { get; init; }

    /// <summary>The current μ of the adaptive rules.</summary>
    public double? LearningRate { get; init; }

    /// <summary>True when Armijo accepted no step (<c>armijo_failed</c>, α = 0).</summary>
    public bool? ArmijoFailed { get; init; }
}
