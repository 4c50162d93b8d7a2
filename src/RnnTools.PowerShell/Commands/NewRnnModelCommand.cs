using System.Management.Automation;
using RnnTools.Core.Initialization;
using RnnTools.Core.Model;
using RnnTools.Core.Operations;
using RnnTools.Core.Operations.Models;
using RnnTools.PowerShell.Infrastructure;

namespace RnnTools.PowerShell.Commands;

/// <summary>New-RnnModel: an initialised model (training.md §6; the thesis' galvan preset by default).</summary>
[Cmdlet(VerbsCommon.New, "RnnModel")]
[OutputType(typeof(StoredModel))]
public sealed class NewRnnModelCommand : RnnOperationCmdlet<NewModelOptions, StoredModel>
{
    private static readonly NewModelOptions Defaults = new();

    /// <summary>n_in.</summary>
    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
    [ValidateRange(1, NewModelOptions.MaxSize)]
    public int InputSize { get; set; }

    /// <summary>n_h.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ValidateRange(1, NewModelOptions.MaxSize)]
    public int HiddenSize { get; set; } = Defaults.HiddenSize;

    /// <summary>n_out.</summary>
    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
    [ValidateRange(1, NewModelOptions.MaxSize)]
    public int OutputSize { get; set; }

    /// <summary>The hidden activation; the preset's when omitted.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [NullIfEmpty]
    public Activation? Activation { get; set; }

    /// <summary>The output function (it selects the loss).</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    public OutputFunction OutputFunction { get; set; } = Defaults.OutputFunction;

    /// <summary>The initialisation preset.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    public InitPreset InitPreset { get; set; } = Defaults.InitPreset;

    /// <summary>ρ W_rec is rescaled to by the galvan presets.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [InvariantNumber]
    public double SpectralRadius { get; set; } = Defaults.SpectralRadius;

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

    /// <summary>The seed of every initialiser stream.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ValidateRange(Core.Tasks.TaskLimits.MinSeed, Core.Tasks.TaskLimits.MaxSeed)]
    public int Seed { get; set; } = Defaults.Seed;

    /// <summary>The stored precision.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    public Precision Precision { get; set; } = Defaults.Precision;

    /// <inheritdoc />
    protected internal override NewModelOptions BuildOptions() => new()
    {
        InputSize = InputSize,
        HiddenSize = HiddenSize,
        OutputSize = OutputSize,
        Activation = Activation,
        OutputFunction = OutputFunction,
        InitPreset = InitPreset,
        SpectralRadius = SpectralRadius,
        WRecInit = OptionalText(WRecInit),
        WInInit = OptionalText(WInInit),
        WOutInit = OptionalText(WOutInit),
        Seed = Seed,
        Precision = Precision,
    };

    /// <inheritdoc />
    private protected override void Run(NewModelOptions options, IOperationSink<StoredModel> sink, CancellationToken cancellationToken) =>
        new NewModelOperation().Run(options, sink, cancellationToken);
}
