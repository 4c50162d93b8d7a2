using System.Collections.Immutable;
using System.Globalization;
using RnnTools.Core.Backends;
using RnnTools.Core.Errors;
using RnnTools.Core.Initialization;
using RnnTools.Core.Model;
using RnnTools.Core.Operations.Models;
using RnnTools.Core.Tasks;

namespace RnnTools.Core.Operations.Gradients;

/// <summary>
/// Options of <c>Measure-GradientNorm</c>: the temporal components of the first batch of a task (no validation set
/// drawn first, as <c>task sample</c>) for a fresh initialisation per spectral radius, or for a given model. One call
/// with <c>SpectralRadius = 0.8, 0.9, 1, 1.1, 1.2</c> gives the data of the thesis' Figure 3.1 (experiments.md §1.1).
/// </summary>
public sealed record GradientNormOptions
{
    /// <summary>The task (required).</summary>
    public required TaskName Task { get; init; }

    /// <summary>The task variant.</summary>
    public TaskVariant Variant { get; init; } = TaskVariant.Galvan;

    /// <summary>TemporalOrder mode of the Galvan variant.</summary>
    public TemporalOrderMode Mode { get; init; } = TemporalOrderMode.Plain;

    /// <summary>T_min (Galvan, hs1997) or the length argument (Pascanu), in steps.</summary>
    public int Length { get; init; } = TaskOptions.DefaultLength;

    /// <summary>Sequences in the batch; null means the task's default (100, music 20).</summary>
    public int? BatchSize { get; init; }

    /// <summary>The run seed: it seeds the task and every initialiser (training.md §5).</summary>
    public int Seed { get; init; } = TaskOptions.DefaultSeed;

    /// <summary>NoiselessMemorization: symbol values.</summary>
    public int NValues { get; init; } = TaskOptions.DefaultNValues;

    /// <summary>NoiselessMemorization: pattern positions.</summary>
    public int NPos { get; init; } = TaskOptions.DefaultNPos;

    /// <summary>The task PreTrain wraps.</summary>
    public TaskName? InnerTask { get; init; }

    /// <summary>Music: the dataset file, JSON or pickle.</summary>
    public string? Dataset { get; init; }

    /// <summary>Music: how the batch is built.</summary>
    public SplitMode SplitMode { get; init; } = SplitMode.Split;

    /// <summary>Music split mode: the longest crop, in steps.</summary>
    public int CropLength { get; init; } = TaskOptions.DefaultCropLength;

    /// <summary>n_h of the fresh model.</summary>
    public int HiddenSize { get; init; } = NewModelOptions.DefaultHiddenSize;

    /// <summary>The hidden activation of the fresh model; null takes the preset's.</summary>
    public Activation? Activation { get; init; }

    /// <summary>The initialisation preset of the fresh model.</summary>
    public InitPreset InitPreset { get; init; } = InitPreset.Galvan;

    /// <summary>The spectral radii W_rec is rescaled to, one fresh model each (a sweep axis).</summary>
    public ImmutableArray<double> SpectralRadius { get; init; } = [InitializationOptions.DefaultSpectralRadius];

    /// <summary>Override of W_rec's initialiser, or null.</summary>
    public string? WRecInit { get; init; }

    /// <summary>Override of W_in's initialiser, or null.</summary>
    public string? WInInit { get; init; }

    /// <summary>Override of W_out's initialiser, or null.</summary>
    public string? WOutInit { get; init; }

    /// <summary>The precision to compute in; null means the given model's, or float32 for a fresh model.</summary>
    public Precision? Precision { get; init; }

    /// <summary>A model to measure instead of fresh initialisations.</summary>
    public StoredModel? Model { get; init; }

    /// <summary>A model file to measure instead of fresh initialisations.</summary>
    public string? ModelPath { get; init; }

    /// <summary>The compute backend.</summary>
    public BackendKind Backend { get; init; } = BackendKind.Auto;

    /// <summary>Threads per BLAS call; null means <c>RNNTOOLS_THREADS</c>.</summary>
    public int? Threads { get; init; }

    /// <summary>The task part of these options.</summary>
    public TaskOptions ToTaskOptions() => new()
    {
        Task = Task,
        Variant = Variant,
        Mode = Mode,
        Length = Length,
        BatchSize = BatchSize,
        Seed = Seed,
        NValues = NValues,
        NPos = NPos,
        InnerTask = InnerTask,
        Dataset = Dataset,
        SplitMode = SplitMode,
        CropLength = CropLength,
    };

    /// <summary>The options of the fresh model for one spectral radius, sized for the task.</summary>
    public NewModelOptions ToModelOptions(double spectralRadius)
    {
        TaskDescription task = TaskCatalog.Describe(ToTaskOptions());
        return new NewModelOptions
        {
            InputSize = task.InputSize,
            HiddenSize = HiddenSize,
            OutputSize = task.OutputSize,
            Activation = Activation,
            OutputFunction = task.OutputFunction,
            InitPreset = InitPreset,
            SpectralRadius = spectralRadius,
            WRecInit = WRecInit,
            WInInit = WInInit,
            WOutInit = WOutInit,
            Seed = Seed,
            Precision = Precision ?? new NewModelOptions().Precision,
        };
    }

    /// <summary>Checks every option: the task's, the model source, and the fresh model's for every radius.</summary>
    /// <exception cref="RnnToolsException"><see cref="ErrorIds.InvalidHyperParameter"/> naming the option.</exception>
    public void Validate()
    {
        ToTaskOptions().Validate();
        ModelInputs.ValidateSource(Model, ModelPath, required: false, this);
        if (Threads is < 1)
        {
            throw RnnToolsException.InvalidParameter(nameof(Threads), $"must be at least 1 (got {Threads}).", this);
        }

        if (Precision is { } precision && !Enum.IsDefined(precision))
        {
            throw RnnToolsException.InvalidParameter(nameof(Precision), $"'{precision}' is not float32 or float64.", this);
        }

        if (SpectralRadius.IsDefaultOrEmpty)
        {
            throw RnnToolsException.InvalidParameter(nameof(SpectralRadius), "give at least one spectral radius.", this);
        }

        foreach (double radius in SpectralRadius)
        {
            if (!double.IsFinite(radius) || radius <= 0 || radius > NewModelOptions.MaxSpectralRadius)
            {
                throw RnnToolsException.InvalidParameter(nameof(SpectralRadius),
                    string.Create(CultureInfo.InvariantCulture, $"{radius} is outside (0, {NewModelOptions.MaxSpectralRadius}]."), this);
            }

            ToModelOptions(radius).Validate();
        }
    }
}
