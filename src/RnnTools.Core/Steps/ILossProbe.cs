namespace RnnTools.Core.Steps;

/// <summary>
/// The loss at a trial point, for the step rules that search (training.md §9.5, §9.6): the loop implements it with the
/// engine over the iteration's training batch and mask, the parameters θ and the direction d of this iteration.
/// </summary>
public interface ILossProbe
{
    /// <summary>L(θ + step·d) on the same batch and mask (the same objective as the loss passed in <see cref="StepInput{T}"/>).</summary>
    double LossAt(double step);
}
