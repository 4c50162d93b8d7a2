using System.Numerics.Tensors;
using BenchmarkDotNet.Attributes;
using RnnTools.Core.Directions;
using RnnTools.Core.Model;
using RnnTools.Core.Steps;
using RnnTools.Core.Updates;

namespace RnnTools.Benchmarks;

/// <summary>
/// The per-iteration cost of the optimisation rules in float32, apart from the engine: direction, step and update over
/// P parameters (TemporalOrder n_h = 50: P = 3054; music n_h = 300: P = 117,388), with an L2 term r = 0.01·θ so that
/// gradients change between iterations (L-BFGS stores pairs). Allocation should be 0 B.
/// </summary>
[MemoryDiagnoser]
public class OptimizationRuleBenchmarks
{
    private const int Steps = 50;
    private MaterializedComponents components = null!;
    private float[] parameters = [], direction = [], point = [], gradient = [], regularization = [];
    private IDirectionRule<float> antigradient = null!, simplex = null!, lbfgs = null!, dropout = null!;
    private IStepRule<float> clipping = null!, adaptive = null!;
    private IUpdateRule<float> plain = null!, nesterov = null!;

    /// <summary>Hidden units: 50 (TemporalOrder, 6 → 4) or 300 (music, 88 → 88).</summary>
    [Params(50, 300)]
    public int HiddenSize { get; set; }

    /// <summary>Builds the rules and a fixed-seed H of 50 steps.</summary>
    [GlobalSetup]
    public void Setup()
    {
        RnnShape shape = HiddenSize == 50 ? new RnnShape(6, 50, 4) : new RnnShape(88, 300, 88);
        components = new MaterializedComponents(shape, Steps, 13);
        parameters = new float[shape.ParameterCount];
        direction = new float[shape.ParameterCount];
        point = new float[shape.ParameterCount];
        gradient = new float[shape.ParameterCount];
        regularization = new float[shape.ParameterCount];
        antigradient = DirectionRuleFactory.Create<float>(new DirectionOptions());
        simplex = DirectionRuleFactory.Create<float>(new DirectionOptions { Direction = "switching" });
        lbfgs = DirectionRuleFactory.Create<float>(new DirectionOptions { Direction = "lbfgs", LbfgsMemory = 5 });
        dropout = DirectionRuleFactory.Create<float>(new DirectionOptions { Direction = "dropout", DropoutRate = 0.1 });
        clipping = StepRuleFactory.Create<float>(new StepOptions());
        adaptive = StepRuleFactory.Create<float>(new StepOptions { StepRule = StepRuleKind.Adaptive });
        plain = UpdateRuleFactory.Create<float>(new UpdateOptions());
        nesterov = UpdateRuleFactory.Create<float>(new UpdateOptions { UpdateRule = UpdateRuleKind.Nesterov, Momentum = 0.9 });
    }

    /// <summary>The thesis default: antigradient, clipping, plain update.</summary>
    [Benchmark(Baseline = true)]
    public float AntigradientClippingPlain() => Iterate(antigradient, clipping, plain);

    /// <summary>Switching with simplex coefficients (the reference combine over 50 stored rows included).</summary>
    [Benchmark]
    public float SwitchingClippingPlain() => Iterate(simplex, clipping, plain);

    /// <summary>L-BFGS with m = 5.</summary>
    [Benchmark]
    public float LbfgsClippingPlain() => Iterate(lbfgs, clipping, plain);

    /// <summary>Dropout (rate 0.1) of the antigradient: one Bernoulli draw per parameter.</summary>
    [Benchmark]
    public float DropoutClippingPlain() => Iterate(dropout, clipping, plain);

    /// <summary>Antigradient, adaptive token step, Nesterov look-ahead and update.</summary>
    [Benchmark]
    public float AntigradientAdaptiveNesterov() => Iterate(antigradient, adaptive, nesterov);

    private float Iterate(IDirectionRule<float> directionRule, IStepRule<float> stepRule, IUpdateRule<float> updateRule)
    {
        updateRule.LookAhead(parameters, point);
        TensorPrimitives.Multiply(point, 0.01f, regularization);
        TensorPrimitives.Add(components.Gradient, regularization, gradient);
        directionRule.Compute(new DirectionInput<float>(components, gradient, regularization, point), direction);
        double step = stepRule.Step(new StepInput<float>(direction, gradient, 1.0, null)).StepSize;
        updateRule.Update(components.Shape, parameters, direction, step, parameters);
        return parameters[0];
    }
}
