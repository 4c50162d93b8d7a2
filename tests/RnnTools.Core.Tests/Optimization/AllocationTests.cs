using RnnTools.Core.Directions;
using RnnTools.Core.Model;
using RnnTools.Core.Steps;
using RnnTools.Core.Tests.Support;
using RnnTools.Core.Updates;

namespace RnnTools.Core.Tests.Optimization;

/// <summary>The rules that run every iteration allocate nothing once warmed up (training's "no allocation per iteration").</summary>
public sealed class AllocationTests
{
    private static readonly RnnShape Shape = new(2, 6, 3);

    public static TheoryData<string> Directions => ["antigradient", "switching", "combined:temporal-clipping", "combined:reduced-simplex", "lbfgs", "dropout"];

    public static TheoryData<StepRuleKind> Steps => new(Enum.GetValues<StepRuleKind>());

    public static TheoryData<UpdateRuleKind> Updates => new(Enum.GetValues<UpdateRuleKind>());

    [Theory]
    [MemberData(nameof(Directions))]
    public void DirectionRule_AllocatesNothingPerIteration(string name)
    {
        IDirectionRule<float> rule = DirectionRuleFactory.Create<float>(new DirectionOptions { Direction = name, LbfgsMemory = 2, DropoutRate = 0.2, Keep = 0.5 });
        var components = new MatrixTemporalComponents<float>(Shape, RandomH(4, Shape.ParameterCount));
        float[] theta = new float[Shape.ParameterCount], gradient = components.Gradient.ToArray(), d = new float[theta.Length];
        void Iterate()
        {
            rule.Compute(new DirectionInput<float>(components, gradient, [], theta), d);
            theta[0] += 0.01f;
            gradient[0] += 0.02f;
        }

        AssertNoAllocation(Iterate);
    }

    [Theory]
    [MemberData(nameof(Steps))]
    public void StepRule_AllocatesNothingPerIteration(StepRuleKind kind)
    {
        IStepRule<float> rule = StepRuleFactory.Create<float>(new StepOptions { StepRule = kind });
        float[] d = [0.5f, -1, 2], g = [-0.5f, 1, -2];
        var probe = new QuadraticProbe();
        AssertNoAllocation(() => rule.Step(new StepInput<float>(d, g, 1, probe)));
    }

    [Theory]
    [MemberData(nameof(Updates))]
    public void UpdateRule_AllocatesNothingPerIteration(UpdateRuleKind kind)
    {
        IUpdateRule<float> rule = UpdateRuleFactory.Create<float>(new UpdateOptions { UpdateRule = kind });
        float[] theta = new float[Shape.ParameterCount], point = new float[theta.Length], d = [.. Enumerable.Repeat(0.1f, theta.Length)];
        AssertNoAllocation(() =>
        {
            rule.LookAhead(theta, point);
            rule.Update(Shape, theta, d, 0.5, theta);
        });
    }

    /// <summary>
    /// Asserts that some window of 20 iterations after warm-up allocates nothing. JIT tiering can allocate on the test
    /// thread while it settles (it is delayed while the rest of the suite keeps the JIT busy), so the smallest of a few
    /// windows is checked; an allocation made by the rule itself shows in every window.
    /// </summary>
    private static void AssertNoAllocation(Action iterate)
    {
        for (int i = 0; i < 50; i++)
        {
            iterate();
        }

        long Window()
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            for (int i = 0; i < 20; i++)
            {
                iterate();
            }

            return GC.GetAllocatedBytesForCurrentThread() - before;
        }

        Assert.Equal(0, Math.Min(Window(), Math.Min(Window(), Window())));
    }

    private static double[,] RandomH(int steps, int p)
    {
        var random = new RnnTools.Core.Random.NumpyRandomState(3);
        double[,] h = new double[steps, p];
        for (int t = 0; t < steps; t++)
        {
            for (int j = 0; j < p; j++)
            {
                h[t, j] = random.Normal(0.1, 1);
            }
        }

        return h;
    }

    private sealed class QuadraticProbe : ILossProbe
    {
        public double LossAt(double step) => (step - 0.3) * (step - 0.3);
    }
}
