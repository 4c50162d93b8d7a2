using RnnTools.Core.Errors;
using RnnTools.Core.Model;
using RnnTools.Core.Tests.Support;
using RnnTools.Core.Updates;

namespace RnnTools.Core.Tests.Updates;

public sealed class UpdateRuleTests
{
    private static readonly RnnShape Tiny = new(1, 1, 1); // P = 5, one entry per block

    private static double[] Apply(IUpdateRule<double> rule, double[] theta, double[] d, double step)
    {
        double[] result = new double[theta.Length];
        rule.Update(Tiny, theta, d, step, result);
        return result;
    }

    [Fact]
    public void Plain_AddsAlphaD()
    {
        Assert.Equal([1.5, 2, 3, 4, 5.5], Apply(new PlainUpdate<double>(), [1, 2, 3, 4, 5], [1, 0, 0, 0, 1], 0.5));
    }

    [Fact]
    public void Plain_MayUpdateInPlace()
    {
        double[] theta = [1, 2, 3, 4, 5];
        new PlainUpdate<double>().Update(Tiny, theta, [1, 1, 1, 1, 1], 2, theta);
        Assert.Equal([3.0, 4, 5, 6, 7], theta);
    }

    [Fact]
    public void Momentum_FollowsItsRecurrence()
    {
        var rule = new MomentumUpdate<double>(0.5, MomentumSchedule.Constant);
        double[] theta = [0, 0, 0, 0, 0], v = [0, 0, 0, 0, 0];
        double[][] directions = [[1, 0, 0, 0, 0], [0, 2, 0, 0, 0], [1, 1, 1, 1, 1]];
        foreach (double[] d in directions)
        {
            v = Vectors.Add(Vectors.Scale(v, 0.5), Vectors.Scale(d, 0.1));
            double[] expected = Vectors.Add(theta, v);
            theta = Apply(rule, theta, d, 0.1);
            Vectors.Near(expected, theta);
        }

        Assert.Equal(3, rule.Updates);
        double[] point = new double[5];
        rule.LookAhead(theta, point);
        Assert.Equal(theta, point);
    }

    [Fact]
    public void Nesterov_EvaluatesAtTheLookAheadPoint_AndFollowsItsRecurrence()
    {
        var rule = new NesterovUpdate<double>(0.9, MomentumSchedule.Constant);
        Assert.True(rule.UsesLookAhead);
        double[] theta = [1, 1, 1, 1, 1], v = [0, 0, 0, 0, 0], point = new double[5];
        for (int k = 0; k < 3; k++)
        {
            rule.LookAhead(theta, point);
            Vectors.Near(Vectors.Add(theta, Vectors.Scale(v, 0.9)), point);
            double[] d = Vectors.Scale(point, -1); // d(θ̃) = −∇(½‖θ‖²) at θ̃
            v = Vectors.Add(Vectors.Scale(v, 0.9), Vectors.Scale(d, 0.1));
            double[] expected = Vectors.Add(theta, v);
            theta = Apply(rule, theta, d, 0.1);
            Vectors.Near(expected, theta);
        }
    }

    [Theory]
    [InlineData(MomentumSchedule.Constant, 0, 0.99)]
    [InlineData(MomentumSchedule.Sutskever, 0, 0.5)]
    [InlineData(MomentumSchedule.Sutskever, 249, 0.5)]
    [InlineData(MomentumSchedule.Sutskever, 250, 0.75)]
    [InlineData(MomentumSchedule.Sutskever, 1000, 0.9)]
    [InlineData(MomentumSchedule.Sutskever, 1_000_000, 0.99)]
    [InlineData(MomentumSchedule.SutskeverRnn, 999, 0.9)]
    [InlineData(MomentumSchedule.SutskeverRnn, 1000, 0.99)]
    public void Schedules_GiveTheDocumentedMomentum(MomentumSchedule schedule, long update, double expected)
    {
        Assert.Equal(expected, schedule.At(0.99, update), 15);
        Assert.Equal(1 - Math.Pow(2, -1 - Math.Log2((update / 250) + 1)), MomentumSchedule.Sutskever.At(1, update), 14);
    }

    [Fact]
    public void Momentum_Reset_ZeroesTheVelocity_AndGrowthReallocatesIt()
    {
        var rule = new MomentumUpdate<double>(0.5, MomentumSchedule.Constant);
        Apply(rule, [0, 0, 0, 0, 0], [1, 1, 1, 1, 1], 1);
        rule.Reset();
        Assert.Equal([1.0, 1, 1, 1, 1], Apply(rule, [0, 0, 0, 0, 0], [1, 1, 1, 1, 1], 1));
        double[] larger = new double[7];
        rule.Update(Tiny, new double[7], [1, 1, 1, 1, 1, 1, 1], 1, larger);
        Assert.Equal([1.0, 1, 1, 1, 1, 1, 1], larger);
    }

    [Fact]
    public void Averaging_MatchesItsDefinition()
    {
        // t = 3: every t − 1 = 2 updates θ becomes the mean of the previous average and the 2 iterates since.
        var rule = new AveragingUpdate<double>(3);
        double[] theta0 = [0, 0, 0, 0, 3], d = [3, 0, 0, 0, 0];
        double[] theta1 = Apply(rule, theta0, d, 1);
        Assert.Equal([3.0, 0, 0, 0, 3], theta1);
        double[] theta2 = Apply(rule, theta1, d, 1);
        // (θ₀ + θ'₁ + θ'₂)/3 with θ'₂ = θ₁ + d = (6, 0, 0, 0, 3).
        Assert.Equal([3.0, 0, 0, 0, 3], theta2);
        double[] theta3 = Apply(rule, theta2, d, 1);
        Assert.Equal([6.0, 0, 0, 0, 3], theta3);
        double[] theta4 = Apply(rule, theta3, d, 1);
        // (avg (3,…) + (6,…) + (9,…))/3.
        Assert.Equal([6.0, 0, 0, 0, 3], theta4);
    }

    [Fact]
    public void Averaging_AfterResetOrGrowth_RestartsFromTheNewIterate()
    {
        var rule = new AveragingUpdate<double>(3);
        Apply(rule, [0, 0, 0, 0, 0], [1, 0, 0, 0, 0], 1);
        rule.Reset();
        Assert.Equal([2.0, 0, 0, 0, 0], Apply(rule, [1, 0, 0, 0, 0], [1, 0, 0, 0, 0], 1)); // θ ← θ', S ← θ'
        Assert.Equal([3.0, 0, 0, 0, 0], Apply(rule, [2, 0, 0, 0, 0], [1, 0, 0, 0, 0], 1)); // k = 0: S ← S + θ'
        Assert.Equal([3.0, 0, 0, 0, 0], Apply(rule, [3, 0, 0, 0, 0], [1, 0, 0, 0, 0], 1)); // (2 + 3 + 4)/3

        double[] grown = new double[6];
        rule.Update(Tiny, [1, 1, 1, 1, 1, 1], [1, 1, 1, 1, 1, 1], 1, grown);
        Assert.Equal([2.0, 2, 2, 2, 2, 2], grown);
    }

    [Fact]
    public void Cyclic_UpdatesOneBlockPerUpdate_InFlatteningOrder_AndAdvances()
    {
        var shape = new RnnShape(1, 2, 1); // W_rec 4, W_in 2, W_out 2, b_rec 2, b_out 1
        var rule = new CyclicUpdate<double>();
        double[] theta = new double[11], ones = [.. Enumerable.Repeat(1.0, 11)];
        int[][] expectedChanged = [[0, 1, 2, 3], [4, 5], [6, 7], [8, 9], [10], [0, 1, 2, 3]];
        foreach (int[] changed in expectedChanged)
        {
            double[] next = new double[11];
            rule.Update(shape, theta, ones, 0.5, next);
            Assert.Equal(changed, Enumerable.Range(0, 11).Where(i => next[i] != theta[i]));
            theta = next;
        }
    }

    [Fact]
    public void CaptureRestore_ContinuesIdentically()
    {
        foreach (UpdateRuleKind kind in Enum.GetValues<UpdateRuleKind>())
        {
            var options = new UpdateOptions { UpdateRule = kind, Momentum = 0.7, AveragingWindow = 4 };
            IUpdateRule<float> rule = UpdateRuleFactory.Create<float>(options);
            float[] theta = [1, 2, 3, 4, 5], d = [0.5f, -0.25f, 1, 0, -1];
            for (int k = 0; k < 3; k++)
            {
                rule.Update(Tiny, theta, d, 0.3, theta);
            }

            IUpdateRule<float> copy = UpdateRuleFactory.Create<float>(options);
            copy.RestoreState(rule.CaptureState());
            float[] other = (float[])theta.Clone(), point = new float[5], otherPoint = new float[5];
            for (int k = 0; k < 5; k++)
            {
                rule.LookAhead(theta, point);
                copy.LookAhead(other, otherPoint);
                Assert.Equal(point, otherPoint);
                rule.Update(Tiny, theta, d, 0.3, theta);
                copy.Update(Tiny, other, d, 0.3, other);
                Assert.Equal(theta, other);
            }
        }
    }

    [Fact]
    public void Options_Validate()
    {
        Assert.StartsWith("Momentum:", Assert.Throws<RnnToolsException>(new UpdateOptions { Momentum = 1 }.Validate).Message);
        Assert.StartsWith("AveragingWindow:", Assert.Throws<RnnToolsException>(new UpdateOptions { AveragingWindow = 1 }.Validate).Message);
        Assert.IsType<NesterovUpdate<double>>(UpdateRuleFactory.Create<double>(new UpdateOptions { UpdateRule = UpdateRuleKind.Nesterov }));
    }
}
