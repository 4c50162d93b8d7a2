using RnnTools.Core.Directions;
using RnnTools.Core.Model;
using RnnTools.Core.Tests.Support;

namespace RnnTools.Core.Tests.Directions;

public sealed class LbfgsDirectionTests
{
    private static readonly RnnShape Tiny = new(1, 1, 1);

    // f(θ) = ½θᵀAθ − bᵀθ with A symmetric positive definite; g = Aθ − b.
    private static readonly double[,] A =
    {
        { 4, 1, 0, 0, 0.5 },
        { 1, 3, 0.5, 0, 0 },
        { 0, 0.5, 2, 0.3, 0 },
        { 0, 0, 0.3, 1.5, 0.2 },
        { 0.5, 0, 0, 0.2, 1 },
    };

    private static readonly double[] B = [1, -2, 0.5, 3, -1];

    private static double[] Gradient(double[] theta) =>
        [.. Enumerable.Range(0, 5).Select(i => Enumerable.Range(0, 5).Sum(j => A[i, j] * theta[j]) - B[i])];

    private static DirectionInfo Step(LbfgsDirection<double> rule, double[] theta, double[] d)
    {
        double[] g = Gradient(theta);
        var components = new MatrixTemporalComponents<double>(Tiny, new double[1, 5]);
        return rule.Compute(new DirectionInput<double>(components, g, [], theta), d);
    }

    /// <summary>The textbook two-loop recursion over pairs listed newest first, written independently.</summary>
    private static double[] TwoLoop(double[] g, List<(double[] S, double[] Y)> newestFirst, double gamma)
    {
        double[] q = (double[])g.Clone();
        double[] alphas = new double[newestFirst.Count];
        for (int i = 0; i < newestFirst.Count; i++)
        {
            (double[] s, double[] y) = newestFirst[i];
            alphas[i] = Vectors.Dot(s, q) / Vectors.Dot(y, s);
            q = Vectors.Add(q, Vectors.Scale(y, -alphas[i]));
        }

        double[] r = Vectors.Scale(q, gamma);
        for (int i = newestFirst.Count - 1; i >= 0; i--)
        {
            (double[] s, double[] y) = newestFirst[i];
            double beta = Vectors.Dot(y, r) / Vectors.Dot(y, s);
            r = Vectors.Add(r, Vectors.Scale(s, alphas[i] - beta));
        }

        return Vectors.Scale(r, -1);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Quadratic_MatchesAnIndependentTwoLoop(bool scaling)
    {
        const int memory = 3;
        var rule = new LbfgsDirection<double>(memory, scaling);
        double[] theta = [0.3, -0.2, 0.1, 0.4, -0.5];
        double[]? previousTheta = null, previousG = null;
        var pairs = new List<(double[] S, double[] Y)>();
        for (int k = 0; k < 8; k++)
        {
            double[] g = Gradient(theta);
            if (previousTheta is not null)
            {
                pairs.Insert(0, (Vectors.Add(theta, Vectors.Scale(previousTheta, -1)), Vectors.Add(g, Vectors.Scale(previousG!, -1))));
                if (pairs.Count > memory)
                {
                    pairs.RemoveAt(memory);
                }
            }

            double[] d = new double[5];
            DirectionInfo info = Step(rule, theta, d);
            Assert.Equal(pairs.Count, info.LbfgsPairs);
            double gamma = scaling && pairs.Count > 0 ? Vectors.Dot(pairs[0].S, pairs[0].Y) / Vectors.Dot(pairs[0].Y, pairs[0].Y) : 1;
            double[] expected = pairs.Count < memory ? Vectors.Scale(g, -1) : TwoLoop(g, pairs, gamma);
            Vectors.Near(expected, d, 1e-10);
            if (pairs.Count < memory)
            {
                Assert.Null(info.LbfgsScaling);
            }
            else
            {
                Assert.Equal(gamma, info.LbfgsScaling!.Value, 12);
            }
            previousTheta = theta;
            previousG = g;
            theta = Vectors.Add(theta, Vectors.Scale(d, 0.2));
        }
    }

    [Fact]
    public void FullMemoryOnAQuadratic_IsANewtonLikeDescentDirection()
    {
        var rule = new LbfgsDirection<double>(5, false);
        double[] theta = [1, 1, 1, 1, 1];
        double[] d = new double[5];
        double initial = Vectors.Norm(Gradient(theta));
        for (int k = 0; k < 20; k++)
        {
            DirectionInfo info = Step(rule, theta, d);
            Assert.True(info.DirCos < 0);
            theta = Vectors.Add(theta, Vectors.Scale(d, info.LbfgsScaling is null ? 0.2 : 1.0));
        }

        Assert.True(Vectors.Norm(Gradient(theta)) < 1e-8 * initial, $"|g| = {Vectors.Norm(Gradient(theta))}");
    }

    [Fact]
    public void PairWithoutCurvature_IsSkipped()
    {
        var rule = new LbfgsDirection<double>(1, false);
        double[] theta = [1, 0, 0, 0, 0];
        double[] d = new double[5];
        Step(rule, theta, d);
        // The same point again: s = 0, so sᵀy = 0 ≤ 1e−10·‖s‖‖y‖ and the pair is not stored.
        DirectionInfo info = Step(rule, theta, d);
        Assert.Equal(0, info.LbfgsPairs);
        Assert.Equal(0.0, info.LbfgsCurvature);
        Vectors.Near(Vectors.Scale(Gradient(theta), -1), d);
    }

    [Fact]
    public void Reset_ClearsTheMemory()
    {
        var rule = new LbfgsDirection<double>(1, false);
        double[] d = new double[5];
        Step(rule, [1, 0, 0, 0, 0], d);
        Assert.Equal(1, Step(rule, [0, 1, 0, 0, 0], d).LbfgsPairs);
        rule.Reset();
        DirectionInfo info = Step(rule, [0, 0, 1, 0, 0], d);
        Assert.Equal(0, info.LbfgsPairs);
        Assert.Null(info.LbfgsCurvature);
    }

    [Fact]
    public void CaptureRestore_ContinuesIdentically()
    {
        var rule = new LbfgsDirection<double>(2, true);
        double[] theta = [0.5, 0.5, -0.5, 0.2, 0.1], d = new double[5];
        for (int k = 0; k < 4; k++)
        {
            Step(rule, theta, d);
            theta = Vectors.Add(theta, Vectors.Scale(d, 0.25));
        }

        var copy = new LbfgsDirection<double>(2, true);
        copy.RestoreState(rule.CaptureState());
        double[] d1 = new double[5], d2 = new double[5];
        for (int k = 0; k < 3; k++)
        {
            Step(rule, theta, d1);
            Step(copy, theta, d2);
            Assert.Equal(d1, d2);
            theta = Vectors.Add(theta, Vectors.Scale(d1, 0.25));
        }
    }
}
