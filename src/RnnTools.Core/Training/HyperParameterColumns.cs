using System.Reflection;
using CsvHelper.Configuration;

namespace RnnTools.Core.Training;

/// <summary>
/// The hyper-parameter columns that start every <see cref="CheckRecord"/> and <see cref="TrainingRunRecord"/>
/// (training.md §14, conventions.md §2.8): one ordered list of <see cref="TrainingOptions"/> names, mapped to CSV in
/// this order by both ClassMaps and filled from a run's <see cref="HyperParameterValues"/>.
/// </summary>
internal static class HyperParameterColumns
{
    /// <summary>The column names, in order.</summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        nameof(TrainingOptions.Task),
        nameof(TrainingOptions.Variant),
        nameof(TrainingOptions.Mode),
        nameof(TrainingOptions.Length),
        nameof(TrainingOptions.MaxLength),
        nameof(TrainingOptions.Seed),
        nameof(TrainingOptions.Preset),
        nameof(TrainingOptions.Dataset),
        nameof(TrainingOptions.SplitMode),
        nameof(TrainingOptions.CropLength),
        nameof(TrainingOptions.BatchSize),
        nameof(TrainingOptions.NValues),
        nameof(TrainingOptions.NPos),
        nameof(TrainingOptions.InnerTask),
        nameof(TrainingOptions.ErrorThreshold),
        nameof(TrainingOptions.ErrorKind),
        nameof(TrainingOptions.Strict),
        nameof(TrainingOptions.HiddenSize),
        nameof(TrainingOptions.Activation),
        nameof(TrainingOptions.InitPreset),
        nameof(TrainingOptions.SpectralRadius),
        nameof(TrainingOptions.WRecInit),
        nameof(TrainingOptions.WInInit),
        nameof(TrainingOptions.WOutInit),
        nameof(TrainingOptions.Precision),
        nameof(TrainingOptions.Direction),
        nameof(TrainingOptions.Psi),
        nameof(TrainingOptions.MaxCos),
        nameof(TrainingOptions.TrustThreshold),
        nameof(TrainingOptions.NoNormPreservation),
        nameof(TrainingOptions.SeparateBlocks),
        nameof(TrainingOptions.Keep),
        nameof(TrainingOptions.LbfgsMemory),
        nameof(TrainingOptions.LbfgsScaling),
        nameof(TrainingOptions.DropoutInner),
        nameof(TrainingOptions.DropoutRate),
        nameof(TrainingOptions.StepRule),
        nameof(TrainingOptions.LearningRate),
        nameof(TrainingOptions.ClipThreshold),
        nameof(TrainingOptions.ClipNorm),
        nameof(TrainingOptions.ClipThresholdMaxAbs),
        nameof(TrainingOptions.NormalizedStep),
        nameof(TrainingOptions.IncreaseProbability),
        nameof(TrainingOptions.IncreaseFactor),
        nameof(TrainingOptions.DecreaseFactor),
        nameof(TrainingOptions.Tokens),
        nameof(TrainingOptions.LossWindow),
        nameof(TrainingOptions.MeanHistory),
        nameof(TrainingOptions.CheckProbability),
        nameof(TrainingOptions.ArmijoInitialStep),
        nameof(TrainingOptions.ArmijoShrink),
        nameof(TrainingOptions.ArmijoC1),
        nameof(TrainingOptions.ArmijoMaxSteps),
        nameof(TrainingOptions.ArmijoWarmStart),
        nameof(TrainingOptions.ArmijoSimplified),
        nameof(TrainingOptions.UpdateRule),
        nameof(TrainingOptions.Momentum),
        nameof(TrainingOptions.MomentumSchedule),
        nameof(TrainingOptions.AveragingWindow),
        nameof(TrainingOptions.OmegaWeight),
        nameof(TrainingOptions.OmegaDecay),
        nameof(TrainingOptions.OmegaNorm),
        nameof(TrainingOptions.L1),
        nameof(TrainingOptions.L2),
        nameof(TrainingOptions.PenalizeBiases),
        nameof(TrainingOptions.Growth),
        nameof(TrainingOptions.GrowthMax),
        nameof(TrainingOptions.GrowthIncrement),
        nameof(TrainingOptions.GrowthFrequency),
        nameof(TrainingOptions.NanPolicy),
        nameof(TrainingOptions.BceEpsilon),
        nameof(TrainingOptions.MaxIterations),
        nameof(TrainingOptions.CheckEvery),
        nameof(TrainingOptions.ValidationSize),
        nameof(TrainingOptions.Budget),
        nameof(TrainingOptions.Patience),
        nameof(TrainingOptions.TargetLoss),
        nameof(TrainingOptions.MonitorTrain),
        nameof(TrainingOptions.CheckpointEvery),
        nameof(TrainingOptions.Backend),
        nameof(TrainingOptions.Threads),
    ];

    /// <summary>Maps the block to columns 0..n−1 of <paramref name="map"/> and returns n, the next free index.</summary>
    public static int Map<TRecord>(ClassMap<TRecord> map)
    {
        for (int i = 0; i < Names.Count; i++)
        {
            map.Map(typeof(TRecord), Property<TRecord>(Names[i])).Index(i).Name(Names[i]);
        }

        return Names.Count;
    }

    /// <summary>The public property <paramref name="name"/> of <typeparamref name="TRecord"/>.</summary>
    public static PropertyInfo Property<TRecord>(string name) =>
        typeof(TRecord).GetProperty(name, BindingFlags.Public | BindingFlags.Instance)
        ?? throw new InvalidOperationException($"{typeof(TRecord).Name} has no hyper-parameter column {name}.");
}
