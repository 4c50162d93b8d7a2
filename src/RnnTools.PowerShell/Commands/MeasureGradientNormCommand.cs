using System.Management.Automation;
using RnnTools.Core.Backends;
using RnnTools.Core.Initialization;
using RnnTools.Core.Model;
using RnnTools.Core.Operations;
using RnnTools.Core.Operations.Gradients;
using RnnTools.Core.Operations.Models;
using RnnTools.Core.Tasks;
using RnnTools.PowerShell.Infrastructure;

namespace RnnTools.PowerShell.Commands;

/// <summary>
/// Measure-GradientNorm: per-step norms and cosines of the temporal gradient components of a task's first batch, for a
/// fresh initialisation per spectral radius (thesis Figure 3.1) or for a given model.
/// </summary>
[Cmdlet(VerbsDiagnostic.Measure, "GradientNorm")]
[OutputType(typeof(GradientNormRecord))]
public sealed class MeasureGradientNormCommand : RnnOperationCmdlet<GradientNormOptions, GradientNormRecord>
{
    private static readonly GradientNormOptions Defaults = new() { Task = default };

    /// <summary>The task.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    public TaskName Task { get; set; }

    /// <summary>T_min (galvan, hs1997) or the length argument (pascanu), in steps.</summary>
    [Parameter(Position = 1, ValueFromPipelineByPropertyName = true)]
    [ValidateRange(TaskLimits.MinLength, TaskLimits.MaxLength)]
    public int Length { get; set; } = Defaults.Length;

    /// <summary>The task variant.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    public TaskVariant Variant { get; set; } = Defaults.Variant;

    /// <summary>TemporalOrder mode of the Galvan variant.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    public TemporalOrderMode Mode { get; set; } = Defaults.Mode;

    /// <summary>Sequences in the batch (default 100, music 20).</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [NullIfEmpty]
    public int? BatchSize { get; set; }

    /// <summary>The run seed of the task and the initialisers.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ValidateRange(TaskLimits.MinSeed, TaskLimits.MaxSeed)]
    public int Seed { get; set; } = Defaults.Seed;

    /// <summary>NoiselessMemorization: symbol values.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ValidateRange(TaskLimits.MinNValues, TaskLimits.MaxNValues)]
    public int NValues { get; set; } = Defaults.NValues;

    /// <summary>NoiselessMemorization: pattern positions.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ValidateRange(TaskLimits.MinNPos, TaskLimits.MaxNPos)]
    public int NPos { get; set; } = Defaults.NPos;

    /// <summary>The task PreTrain wraps.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [NullIfEmpty]
    public TaskName? InnerTask { get; set; }

    /// <summary>Music: the dataset file.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    public string? Dataset { get; set; }

    /// <summary>Music: how the batch is built.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    public SplitMode SplitMode { get; set; } = Defaults.SplitMode;

    /// <summary>Music split mode: the longest crop, in steps.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ValidateRange(TaskLimits.MinCropLength, TaskLimits.MaxCropLength)]
    public int CropLength { get; set; } = Defaults.CropLength;

    /// <summary>n_h of the fresh model.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ValidateRange(1, NewModelOptions.MaxSize)]
    public int HiddenSize { get; set; } = Defaults.HiddenSize;

    /// <summary>The hidden activation; the preset's when omitted.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [NullIfEmpty]
    public Activation? Activation { get; set; }

    /// <summary>The initialisation preset.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    public InitPreset InitPreset { get; set; } = Defaults.InitPreset;

    /// <summary>The spectral radii, one fresh model each.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [InvariantNumber]
    public double[] SpectralRadius { get; set; } = [.. Defaults.SpectralRadius];

    /// <summary>Override of W_rec's initialiser.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ArgumentCompleter(typeof(InitializerNameCompleter))]
    public string? WRecInit { get; set; }

    /// <summary>Override of W_in's initialiser.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ArgumentCompleter(typeof(InitializerNameCompleter))]
    public string? WInInit { get; set; }

    /// <summary>Override of W_out's initialiser.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ArgumentCompleter(typeof(InitializerNameCompleter))]
    public string? WOutInit { get; set; }

    /// <summary>The precision to compute in.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [NullIfEmpty]
    public Precision? Precision { get; set; }

    /// <summary>A model object to measure instead of fresh initialisations.</summary>
    [Parameter(ValueFromPipeline = true)]
    public StoredModel? Model { get; set; }

    /// <summary>A model file to measure instead of fresh initialisations.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    public string? ModelPath { get; set; }

    /// <summary>The compute backend.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    public BackendKind Backend { get; set; } = Defaults.Backend;

    /// <summary>Threads per BLAS call.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [NullIfEmpty]
    public int? Threads { get; set; }

    /// <inheritdoc />
    protected internal override GradientNormOptions BuildOptions() => new()
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
        Dataset = ResolveOptionalPath(Dataset),
        SplitMode = SplitMode,
        CropLength = CropLength,
        HiddenSize = HiddenSize,
        Activation = Activation,
        InitPreset = InitPreset,
        SpectralRadius = [.. SpectralRadius],
        WRecInit = OptionalText(WRecInit),
        WInInit = OptionalText(WInInit),
        WOutInit = OptionalText(WOutInit),
        Precision = Precision,
        Model = Model,
        ModelPath = ResolveOptionalPath(ModelPath),
        Backend = Backend,
        Threads = Threads,
    };

    /// <inheritdoc />
    private protected override void Run(GradientNormOptions options, IOperationSink<GradientNormRecord> sink, CancellationToken cancellationToken) =>
        new GradientNormOperation().Run(options, sink, cancellationToken);
}
