using BenchmarkDotNet.Attributes;
using RnnTools.Core.Backends;
using RnnTools.Core.Engine;
using RnnTools.Core.Initialization;
using RnnTools.Core.Model;
using RnnTools.Core.Operations.Performance;

namespace RnnTools.Benchmarks;

/// <summary>
/// The engine on a temporal-order shaped batch (n_in 6, n_out 4, T 100, B 100, float32, last-step cross-entropy):
/// a forward pass alone, and the gradient with its per-step temporal norms (forward + BPTT + norms).
/// </summary>
[MemoryDiagnoser]
public class BpttBenchmarks
{
    private RnnEngine<float> engine = null!;
    private Core.Tasks.Batch batch = null!;
    private float[] parameters = [];

    /// <summary>The backend under test.</summary>
    [ParamsSource(nameof(Backends))]
    public BackendKind Backend { get; set; }

    /// <summary>n_h.</summary>
    [Params(50, 100, 200)]
    public int HiddenSize { get; set; }

    /// <summary>The available backends.</summary>
    public static IEnumerable<BackendKind> Backends() => BackendParams.Available();

    /// <summary>A Galvan-initialised model and a random batch, both from seed 13.</summary>
    [GlobalSetup]
    public void Setup()
    {
        PerformanceWorkload workload = PerformanceWorkload.Find("temporal-order-100") with { Shape = new RnnShape(6, HiddenSize, 4) };
        RnnModel<float> model = ModelInitializer.Create(new InitializationOptions { SpectralRadius = 1.2, Seed = 13 }).Generate(workload.Shape, OutputFunction.Softmax).Convert<float>();
        parameters = model.Parameters;
        engine = new RnnEngine<float>(BackendRegistry.Probe(Backend).Create(1), EngineConfiguration.For(model));
        batch = TrainingIteration.RandomBatch(workload, 13);
    }

    /// <summary>Forward pass and loss.</summary>
    [Benchmark]
    public double Forward() => engine.Loss(parameters, batch);

    /// <summary>Forward, backpropagation through time, gradient and per-step temporal norms.</summary>
    [Benchmark]
    public double GradientWithNorms() => engine.Evaluate(parameters, batch, temporalNorms: true).Norms[0];
}
