using System.Management.Automation;
using RnnTools.Core.Operations;
using RnnTools.Core.Operations.Tasks;
using RnnTools.Core.Tasks;
using RnnTools.PowerShell.Infrastructure;

namespace RnnTools.PowerShell.Commands;

/// <summary>New-RnnTask: a task object (tasks.md §1.5) whose properties bind by name to the cmdlets that take a task.</summary>
[Cmdlet(VerbsCommon.New, "RnnTask")]
[OutputType(typeof(TaskOptions))]
public sealed class NewRnnTaskCommand : RnnOperationCmdlet<TaskOptions, TaskOptions>
{
    private static readonly TaskOptions Defaults = new() { Task = default };

    /// <summary>The task.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("Task")]
    public TaskName Name { get; set; }

    /// <summary>T_min (galvan, hs1997) or the length argument (pascanu), in steps.</summary>
    [Parameter(Position = 1, ValueFromPipelineByPropertyName = true)]
    [ValidateRange(TaskLimits.MinLength, TaskLimits.MaxLength)]
    public int Length { get; set; } = Defaults.Length;

    /// <summary>The variant: Galvan, Pascanu or Hs1997.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    public TaskVariant Variant { get; set; } = Defaults.Variant;

    /// <summary>TemporalOrder mode of the Galvan variant.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    public TemporalOrderMode Mode { get; set; } = Defaults.Mode;

    /// <summary>Pascanu variant: training lengths are drawn from [Length, MaxLength).</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [NullIfEmpty]
    public int? MaxLength { get; set; }

    /// <summary>Sequences per batch (default 100, music 20).</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [NullIfEmpty]
    public int? BatchSize { get; set; }

    /// <summary>The task seed.</summary>
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

    /// <summary>Per-sequence error threshold of a threshold rule.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [InvariantNumber]
    public double? ErrorThreshold { get; set; }

    /// <summary>Distance of a threshold rule.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [NullIfEmpty]
    public SequenceErrorKind? ErrorKind { get; set; }

    /// <summary>Pascanu variant: success only with zero errors.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [BooleanText]
    public SwitchParameter Strict { get; set; }

    /// <summary>Music: the dataset file, JSON or pickle.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    public string? Dataset { get; set; }

    /// <summary>Music: how training batches are built.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    public SplitMode SplitMode { get; set; } = Defaults.SplitMode;

    /// <summary>Music split mode: the longest crop, in steps.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ValidateRange(TaskLimits.MinCropLength, TaskLimits.MaxCropLength)]
    public int CropLength { get; set; } = Defaults.CropLength;

    /// <inheritdoc />
    protected internal override TaskOptions BuildOptions() => new()
    {
        Task = Name,
        Variant = Variant,
        Mode = Mode,
        Length = Length,
        MaxLength = MaxLength,
        BatchSize = BatchSize,
        Seed = Seed,
        NValues = NValues,
        NPos = NPos,
        InnerTask = InnerTask,
        ErrorThreshold = ErrorThreshold,
        ErrorKind = ErrorKind,
        Strict = Strict.IsPresent,
        Dataset = ResolveOptionalPath(Dataset),
        SplitMode = SplitMode,
        CropLength = CropLength,
    };

    /// <inheritdoc />
    private protected override void Run(TaskOptions options, IOperationSink<TaskOptions> sink, CancellationToken cancellationToken) =>
        new NewTaskOperation().Run(options, sink, cancellationToken);
}
