using BenchmarkDotNet.Attributes;
using RnnTools.Core.Datasets;
using RnnTools.Core.Random;
using RnnTools.Core.Tasks;

namespace RnnTools.Benchmarks;

/// <summary>
/// One training batch per call, as the training loop draws them: B = 100 sequences at T_min = ℓ = 100 for the synthetic
/// tasks, B = 20 crops of up to 300 steps for music (a synthetic dataset of 64 sequences of 350–700 steps).
/// </summary>
[MemoryDiagnoser]
public class TaskBatchBenchmarks
{
    private ISequenceTask task = null!;
    private int batchSize;

    /// <summary>The task and variant.</summary>
    [Params("Addition/galvan", "TemporalOrder/galvan", "TemporalOrder/pascanu", "RandomPermutation/galvan", "NoiselessMemorization/pascanu", "Addition/hs1997", "Music/galvan")]
    public string Task { get; set; } = "TemporalOrder/galvan";

    /// <summary>Creates the task with seed 13.</summary>
    [GlobalSetup]
    public void Setup()
    {
        string[] parts = Task.Split('/');
        var options = new TaskOptions
        {
            Task = Enum.Parse<TaskName>(parts[0]), Variant = Enum.Parse<TaskVariant>(parts[1], ignoreCase: true), Length = 100,
            Dataset = parts[0] == "Music" ? "synthetic" : null,
        };
        batchSize = options.EffectiveBatchSize();
        task = options.Task == TaskName.Music ? SequenceTaskFactory.Create(options, SyntheticDataset()) : SequenceTaskFactory.Create(options);
    }

    /// <summary>The next training batch.</summary>
    [Benchmark]
    public Batch NextBatch() => task.NextBatch(batchSize);

    private static PolyphonicDataset SyntheticDataset()
    {
        var random = new NumpyRandomState(7);
        List<int[][]> Split(int count) => [.. Enumerable.Range(0, count).Select(_ => Enumerable.Range(0, 350 + random.RandInt(350))
            .Select(_ => random.Choice(PianoRoll.Keys, random.RandInt(6)).Order().Select(k => k + PianoRoll.LowestNote).ToArray()).ToArray())];
        return new PolyphonicDataset("synthetic", Split(64), Split(8), Split(8));
    }
}
