using RnnTools.Core.Backends;
using RnnTools.Core.Diagnostics;
using RnnTools.Core.Engine;
using RnnTools.Core.Errors;
using RnnTools.Core.Model;
using RnnTools.Core.Tasks;
using RnnTools.Core.Tests.Support;

namespace RnnTools.Core.Tests.Engine;

public sealed class RnnEngineTests
{
    private static readonly RnnShape Small = new(3, 4, 2);
    private static readonly IComputeBackend Managed = new ManagedBackend();

    public static TheoryData<Activation, OutputFunction, LossKind, bool> Combinations()
    {
        var data = new TheoryData<Activation, OutputFunction, LossKind, bool>();
        foreach (Activation activation in Enum.GetValues<Activation>())
        {
            foreach ((OutputFunction output, LossKind loss) in RandomProblem.Pairings())
            {
                data.Add(activation, output, loss, false);
                data.Add(activation, output, loss, true);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Combinations))]
    public void Gradient_EveryActivationOutputAndLoss_MatchesCentralDifferences(Activation activation, OutputFunction output, LossKind loss, bool everyStep)
    {
        var configuration = new EngineConfiguration(Small, activation, output, loss) { ActivationBeta = activation == Activation.Tanh ? 1.3 : 1.0 };
        Batch batch = RandomProblem.Batch(configuration, 5, 3, everyStep, seed: 7);
        double[] theta = RandomProblem.Parameters(Small, seed: 11);

        GradientCheckResult result = GradientChecker.Check(Managed, configuration, theta, batch);

        Assert.True(result.Max < 1e-6, $"max relative error {result.Max:E2} ({result})");
    }

    [Fact]
    public void Gradient_GalvanBceEpsilon_MatchesCentralDifferences()
    {
        var configuration = new EngineConfiguration(Small, Activation.Tanh, OutputFunction.Logistic, LossKind.BinaryCrossEntropy) { BceEpsilon = 1e-10 };
        Batch batch = RandomProblem.Batch(configuration, 4, 3, everyStep: true, seed: 3);

        GradientCheckResult result = GradientChecker.Check(Managed, configuration, RandomProblem.Parameters(Small, 5), batch);

        Assert.True(result.Max < 1e-6, result.ToString());
    }

    [Theory]
    [MemberData(nameof(Combinations))]
    public void Loss_EveryCombination_EqualsThePlainReference(Activation activation, OutputFunction output, LossKind loss, bool everyStep)
    {
        var configuration = new EngineConfiguration(Small, activation, output, loss);
        Batch batch = RandomProblem.Batch(configuration, 6, 4, everyStep, seed: 21);
        double[] theta = RandomProblem.Parameters(Small, seed: 2);

        double engine = new RnnEngine<double>(Managed, configuration).Loss(theta, batch);
        double reference = new ReferenceRnn(Small, activation, output, loss).Loss(theta, batch);

        Assert.Equal(reference, engine, 1e-12);
    }

    [Fact]
    public void Forward_DoesNotDisturbTheLastGradient()
    {
        var configuration = new EngineConfiguration(Small, Activation.Tanh, OutputFunction.Softmax, LossKind.CrossEntropy);
        Batch batch = RandomProblem.Batch(configuration, 6, 3, everyStep: false, seed: 1);
        double[] theta = RandomProblem.Parameters(Small, 1), other = RandomProblem.Parameters(Small, 2);
        var engine = new RnnEngine<double>(Managed, configuration);
        TemporalGradient<double> gradient = engine.Evaluate(theta, batch);
        double[] before = gradient.Gradient.ToArray();
        double[] norms = gradient.Norms.ToArray();
        double loss = gradient.Loss;

        double probe = engine.Loss(other, batch);
        double[] combined = new double[Small.ParameterCount];
        gradient.Combine(Enumerable.Repeat(1.0, 5 * gradient.Steps).ToArray(), combined);

        Assert.NotEqual(loss, probe);
        Assert.Equal(loss, gradient.Loss);
        Assert.Equal(before, gradient.Gradient.ToArray());
        Assert.Equal(norms, gradient.Norms.ToArray());
        Assert.All(before.Zip(combined), pair => Assert.Equal(pair.First, pair.Second, 1e-12));
    }

    [Fact]
    public void Forward_OutputsAndPairLosses_FollowTheBatchLayout()
    {
        var configuration = new EngineConfiguration(Small, Activation.Tanh, OutputFunction.Softmax, LossKind.CrossEntropy);
        Batch batch = RandomProblem.Batch(configuration, 5, 3, everyStep: false, seed: 4);
        ForwardResult<double> forward = new RnnEngine<double>(Managed, configuration).Forward(RandomProblem.Parameters(Small, 3), batch);
        double[] outputs = new double[batch.Length * Small.OutputSize * batch.BatchSize];
        double[] pairs = new double[batch.Length * batch.BatchSize];

        forward.CopyOutputs(outputs);
        forward.PairLosses(pairs);

        for (int t = 0; t < batch.Length; t++)
        {
            for (int b = 0; b < batch.BatchSize; b++)
            {
                double total = Enumerable.Range(0, Small.OutputSize).Sum(o => outputs[batch.OutputIndex(t, o, b)]);
                Assert.Equal(1.0, total, 1e-12);
                Assert.Equal(batch.IsActive(t, b), pairs[(t * batch.BatchSize) + b] > 0);
            }
        }

        Assert.Equal(forward.Loss, pairs.Sum() / forward.ActivePairs, 1e-12);
    }

    [Fact]
    public void FloatAndDouble_AgreeToFloatTolerance()
    {
        var shape = new RnnShape(6, 20, 4);
        var configuration = new EngineConfiguration(shape, Activation.Tanh, OutputFunction.Softmax, LossKind.CrossEntropy);
        Batch batch = RandomProblem.Batch(configuration, 30, 8, everyStep: false, seed: 5);
        double[] theta = RandomProblem.Parameters(shape, 9, std: 0.2);

        TemporalGradient<double> exact = new RnnEngine<double>(Managed, configuration).Evaluate(theta, batch);
        TemporalGradient<float> single = new RnnEngine<float>(Managed, configuration).Evaluate([.. theta.Select(v => (float)v)], batch);

        Assert.Equal(exact.Loss, single.Loss, 1e-5);
        double scale = exact.GradientNorm;
        for (int i = 0; i < theta.Length; i++)
        {
            Assert.True(Math.Abs(exact.Gradient[i] - single.Gradient[i]) <= 1e-5 * scale, $"gradient entry {i}");
        }

        for (int t = 0; t < exact.Steps; t++)
        {
            Assert.Equal(1.0, single.Norms[t] / exact.Norms[t], 1e-3);
            Assert.Equal(exact.Cosines[t], single.Cosines[t], 1e-3);
        }
    }

    [Fact]
    public void SameInputsAndBackend_GiveBitIdenticalResults()
    {
        var shape = new RnnShape(5, 16, 3);
        var configuration = new EngineConfiguration(shape, Activation.Tanh, OutputFunction.Logistic, LossKind.BinaryCrossEntropy);
        Batch batch = RandomProblem.Batch(configuration, 12, 4, everyStep: true, seed: 8);
        float[] theta = [.. RandomProblem.Parameters(shape, 4, std: 0.3).Select(v => (float)v)];

        (float[] Gradient, double[] Norms, double[] Cosines, double Loss) Run()
        {
            TemporalGradient<float> result = new RnnEngine<float>(Managed, configuration).Evaluate(theta, batch);
            return (result.Gradient.ToArray(), result.Norms.ToArray(), result.Cosines.ToArray(), result.Loss);
        }

        var first = Run();
        var second = Run();

        Assert.Equal(first.Loss, second.Loss);
        Assert.Equal(first.Gradient, second.Gradient);
        Assert.Equal(first.Norms, second.Norms);
        Assert.Equal(first.Cosines, second.Cosines);
    }

    [BackendFact(BackendKind.Mkl)]
    public void Mkl_AgreesWithManaged()
    {
        var shape = new RnnShape(6, 24, 4);
        var configuration = new EngineConfiguration(shape, Activation.Tanh, OutputFunction.Softmax, LossKind.CrossEntropy);
        Batch batch = RandomProblem.Batch(configuration, 20, 10, everyStep: false, seed: 6);
        double[] theta = RandomProblem.Parameters(shape, 3, std: 0.2);

        TemporalGradient<double> managed = new RnnEngine<double>(Managed, configuration).Evaluate(theta, batch);
        TemporalGradient<double> mkl = new RnnEngine<double>(BackendRegistry.Probe(BackendKind.Mkl).Create(1), configuration).Evaluate(theta, batch);

        Assert.Equal(managed.Loss, mkl.Loss, 1e-12);
        for (int i = 0; i < theta.Length; i++)
        {
            Assert.Equal(managed.Gradient[i], mkl.Gradient[i], 1e-12);
        }

        for (int t = 0; t < managed.Steps; t++)
        {
            Assert.Equal(managed.Norms[t], mkl.Norms[t], 1e-12);
        }
    }

    [Fact]
    public void Configuration_CrossEntropyWithoutSoftmax_IsRejectedNamingTheParameter()
    {
        var configuration = new EngineConfiguration(Small, Activation.Tanh, OutputFunction.Linear, LossKind.CrossEntropy);

        var error = Assert.Throws<RnnToolsException>(() => new RnnEngine<double>(Managed, configuration));

        Assert.Equal(ErrorIds.InvalidHyperParameter, error.ErrorId);
        Assert.StartsWith("OutputFunction:", error.Message);
    }

    [Fact]
    public void Evaluate_MismatchedBatch_Throws()
    {
        var configuration = new EngineConfiguration(Small, Activation.Tanh, OutputFunction.Softmax, LossKind.CrossEntropy);
        var other = configuration with { Shape = new RnnShape(2, 4, 2) };
        Batch batch = RandomProblem.Batch(other, 3, 2, everyStep: false, seed: 1);

        Assert.Throws<ArgumentException>(() => new RnnEngine<double>(Managed, configuration).Evaluate(RandomProblem.Parameters(Small, 1), batch));
    }

    [Fact]
    public void Evaluate_LargerBatchAfterSmaller_GrowsAndStaysCorrect()
    {
        var configuration = new EngineConfiguration(Small, Activation.Sigmoid, OutputFunction.Linear, LossKind.SquaredError);
        double[] theta = RandomProblem.Parameters(Small, 12);
        var engine = new RnnEngine<double>(Managed, configuration);
        var reference = new ReferenceRnn(Small, Activation.Sigmoid, OutputFunction.Linear, LossKind.SquaredError);

        foreach ((int length, int size) in new[] { (3, 2), (7, 5), (4, 3) })
        {
            Batch batch = RandomProblem.Batch(configuration, length, size, everyStep: true, seed: (uint)length);
            Assert.Equal(reference.Loss(theta, batch), engine.Evaluate(theta, batch).Loss, 1e-12);
        }
    }
}
