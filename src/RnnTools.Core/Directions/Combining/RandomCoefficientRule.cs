using RnnTools.Core.Optimization;
using RnnTools.Core.Random;

namespace RnnTools.Core.Directions.Combining;

/// <summary>A coefficient rule that draws from its own project stream, <c>ProjectRandom.ForPurpose(seed, "combination:&lt;name&gt;")</c>.</summary>
public abstract class RandomCoefficientRule : CoefficientRule
{
    private const string RandomKey = "random";

    /// <summary>Creates the rule's stream for a run seed.</summary>
    protected RandomCoefficientRule(long seed, string name)
    {
        Random = ProjectRandom.ForPurpose(seed, "combination:" + name);
    }

    /// <summary>The rule's generator.</summary>
    protected ProjectRandom Random { get; private set; }

    /// <inheritdoc/>
    public override RuleState CaptureState() => RuleState.Empty.With(RandomKey, Random.Snapshot());

    /// <inheritdoc/>
    public override void RestoreState(RuleState state) => Random = ProjectRandom.Restore(state.Word(RandomKey));

    /// <summary>Simplex weights over <paramref name="coefficients"/>: u ~ U[0,1) i.i.d., β = e^{1−u}/(Σ e^{1−u} + 1e−10).</summary>
    protected void DrawSimplex(Span<double> coefficients)
    {
        double sum = 0;
        for (int t = 0; t < coefficients.Length; t++)
        {
            coefficients[t] = Math.Exp(1.0 - Random.NextDouble());
            sum += coefficients[t];
        }

        double denominator = sum + 1e-10;
        for (int t = 0; t < coefficients.Length; t++)
        {
            coefficients[t] /= denominator;
        }
    }
}
