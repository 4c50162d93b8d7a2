using BenchmarkDotNet.Attributes;
using RnnTools.Core.Backends;
using RnnTools.Core.Operations;
using RnnTools.Core.Tasks;
using RnnTools.Core.Training;

namespace RnnTools.Benchmarks;

/// <summary>
/// The training loop of <c>rnntools train --task TemporalOrder --length 50</c> (galvan defaults, float32): a run of
/// 2000 iterations with its 10 checks on 10,000 validation sequences, and the setup alone (validation set, model,
/// rules; one iteration and its check), so that (Run − Setup) / 1999 is the cost of one iteration with checks amortised.
/// </summary>
[MemoryDiagnoser]
public class TrainingLoopBenchmarks
{
    private TrainingOptions options = null!;

    /// <summary>The backend under test.</summary>
    [ParamsSource(nameof(Backends))]
    public BackendKind Backend { get; set; }

    /// <summary>The available backends.</summary>
    public static IEnumerable<BackendKind> Backends() => BackendParams.Available();

    /// <summary>The options of the main job at T = 50.</summary>
    [GlobalSetup]
    public void Setup() => options = new TrainingOptions { Task = TaskName.TemporalOrder, Length = 50, Backend = Backend, MaxIterations = 2000 };

    /// <summary>Validation set, initialisation and the first iteration with its check.</summary>
    [Benchmark(Baseline = true)]
    public double SetupAndFirstCheck() => Train(options with { MaxIterations = 1 });

    /// <summary>2000 iterations and 10 checks.</summary>
    [Benchmark]
    public double TwoThousandIterations() => Train(options);

    private static double Train(TrainingOptions run)
    {
        var sink = new RecordingSink<TrainingRunRecord>();
        new TrainingOperation().Run(run, sink, CancellationToken.None);
        return sink.Records[0].FinalValidLoss;
    }
}
