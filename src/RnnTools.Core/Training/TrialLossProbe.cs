using System.Numerics;
using System.Numerics.Tensors;
using RnnTools.Core.Engine;
using RnnTools.Core.Model;
using RnnTools.Core.Regularization;
using RnnTools.Core.Steps;
using RnnTools.Core.Tasks;

namespace RnnTools.Core.Training;

/// <summary>
/// L(θ + s·d) on the iteration's training batch and mask for the searching step rules (training.md §9.5, §9.6): a
/// forward pass at the trial point (plus R at it when a weight penalty is active, the objective the rule started from).
/// The trial point lives in a buffer of the loop; nothing is allocated per call.
/// </summary>
/// <typeparam name="T">float or double.</typeparam>
internal sealed class TrialLossProbe<T> : ILossProbe
    where T : unmanaged, IFloatingPointIeee754<T>
{
    private readonly RnnEngine<T> engine;
    private readonly WeightPenalty penalty;
    private readonly RnnShape shape;
    private readonly T[] origin;
    private readonly T[] direction;
    private readonly T[] trial;
    private Batch? batch;

    /// <summary>Creates the probe over the loop's buffers (the evaluation point θ, the direction d and a scratch vector).</summary>
    public TrialLossProbe(RnnEngine<T> engine, WeightPenalty penalty, T[] origin, T[] direction, T[] trial)
    {
        this.engine = engine;
        this.penalty = penalty;
        shape = engine.Configuration.Shape;
        this.origin = origin;
        this.direction = direction;
        this.trial = trial;
    }

    /// <summary>Points the probe at this iteration's batch.</summary>
    public TrialLossProbe<T> On(Batch current)
    {
        batch = current;
        return this;
    }

    /// <inheritdoc />
    public double LossAt(double step)
    {
        TensorPrimitives.MultiplyAdd(direction, T.CreateTruncating(step), origin, trial);
        double loss = engine.Loss(trial, batch ?? throw new InvalidOperationException("The probe has no batch yet."));
        return penalty.IsActive ? loss + penalty.Value<T>(trial, shape) : loss;
    }
}
