using System.Management.Automation;
using RnnTools.Core.Backends;
using RnnTools.Core.Model;
using RnnTools.Core.Operations;
using RnnTools.Core.Operations.Gradients;
using RnnTools.Core.Tasks;
using RnnTools.PowerShell.Infrastructure;

namespace RnnTools.PowerShell.Commands;

/// <summary>
/// Test-RnnGradient: checks the gradient against central finite differences; returns <c>$true</c>/<c>$false</c>, or
/// with -Detailed the record with the largest relative error per variable.
/// </summary>
[Cmdlet(VerbsDiagnostic.Test, "RnnGradient")]
[OutputType(typeof(bool), typeof(GradientCheckRecord))]
public sealed class TestRnnGradientCommand : RnnOperationCmdlet<GradientCheckOptions, object>
{
    private static readonly GradientCheckOptions Defaults = new();

    /// <summary>A model file to check instead of a random model.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    public string? ModelPath { get; set; }

    /// <summary>A model object to check instead of a random model.</summary>
    [Parameter(ValueFromPipeline = true)]
    public StoredModel? Model { get; set; }

    /// <summary>A batch file to check on instead of a random batch.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    public string? BatchPath { get; set; }

    /// <summary>n_in of the random model.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ValidateRange(1, GradientCheckOptions.MaxSize)]
    public int InputSize { get; set; } = Defaults.InputSize;

    /// <summary>n_h of the random model.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ValidateRange(1, GradientCheckOptions.MaxSize)]
    public int HiddenSize { get; set; } = Defaults.HiddenSize;

    /// <summary>n_out of the random model.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ValidateRange(1, GradientCheckOptions.MaxSize)]
    public int OutputSize { get; set; } = Defaults.OutputSize;

    /// <summary>The activation of the random model.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    public Activation Activation { get; set; } = Defaults.Activation;

    /// <summary>The output function of the random model (it selects the loss).</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    public OutputFunction OutputFunction { get; set; } = Defaults.OutputFunction;

    /// <summary>T of the random batch.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ValidateRange(1, GradientCheckOptions.MaxSize)]
    public int Length { get; set; } = Defaults.Length;

    /// <summary>B of the random batch.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ValidateRange(1, GradientCheckOptions.MaxSize)]
    public int BatchSize { get; set; } = Defaults.BatchSize;

    /// <summary>The seed of the random model and batch.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ValidateRange(TaskLimits.MinSeed, TaskLimits.MaxSeed)]
    public int Seed { get; set; } = Defaults.Seed;

    /// <summary>The largest relative error that passes.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [InvariantNumber]
    public double Tolerance { get; set; } = Defaults.Tolerance;

    /// <summary>h of the central differences.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [InvariantNumber]
    public double FiniteDifferenceStep { get; set; } = Defaults.FiniteDifferenceStep;

    /// <summary>The compute backend.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    public BackendKind Backend { get; set; } = Defaults.Backend;

    /// <summary>Threads per BLAS call.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [NullIfEmpty]
    public int? Threads { get; set; }

    /// <summary>Return the record with the errors per variable instead of <c>$true</c>/<c>$false</c>.</summary>
    [Parameter]
    public SwitchParameter Detailed { get; set; }

    /// <inheritdoc />
    protected internal override GradientCheckOptions BuildOptions() => new()
    {
        ModelPath = ResolveOptionalPath(ModelPath),
        Model = Model,
        BatchPath = ResolveOptionalPath(BatchPath),
        InputSize = InputSize,
        HiddenSize = HiddenSize,
        OutputSize = OutputSize,
        Activation = Activation,
        OutputFunction = OutputFunction,
        Length = Length,
        BatchSize = BatchSize,
        Seed = Seed,
        Tolerance = Tolerance,
        FiniteDifferenceStep = FiniteDifferenceStep,
        Backend = Backend,
        Threads = Threads,
    };

    /// <inheritdoc />
    private protected override void Run(GradientCheckOptions options, IOperationSink<object> sink, CancellationToken cancellationToken) =>
        new GradientCheckOperation().Run(options, Detailed.IsPresent ? sink : new ProjectingSink<GradientCheckRecord, object>(sink, record => record.Passed),
            cancellationToken);
}
