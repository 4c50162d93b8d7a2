using System.Management.Automation;
using RnnTools.Core.Backends;
using RnnTools.Core.Model;
using RnnTools.Core.Operations;
using RnnTools.Core.Operations.Spectrum;
using RnnTools.PowerShell.Infrastructure;

namespace RnnTools.PowerShell.Commands;

/// <summary>Get-RnnSpectrum: ρ, singular values, Hochreiter's τ and (on a batch) the Jacobian products of a model.</summary>
[Cmdlet(VerbsCommon.Get, "RnnSpectrum")]
[OutputType(typeof(SpectrumRecord))]
public sealed class GetRnnSpectrumCommand : RnnOperationCmdlet<SpectrumOptions, SpectrumRecord>
{
    private static readonly SpectrumOptions Defaults = new();

    /// <summary>The model file.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    public string? ModelPath { get; set; }

    /// <summary>The model as an object (from New-RnnModel or Import-RnnModel).</summary>
    [Parameter(ValueFromPipeline = true)]
    public StoredModel? Model { get; set; }

    /// <summary>A batch file for the Jacobian products.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    public string? BatchPath { get; set; }

    /// <summary>The compute backend.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    public BackendKind Backend { get; set; } = Defaults.Backend;

    /// <summary>Threads per BLAS call.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [NullIfEmpty]
    public int? Threads { get; set; }

    /// <inheritdoc />
    protected internal override SpectrumOptions BuildOptions() => new()
    {
        ModelPath = ResolveOptionalPath(ModelPath) ?? string.Empty,
        Model = Model,
        BatchPath = ResolveOptionalPath(BatchPath),
        Backend = Backend,
        Threads = Threads,
    };

    /// <inheritdoc />
    private protected override void Run(SpectrumOptions options, IOperationSink<SpectrumRecord> sink, CancellationToken cancellationToken) =>
        new SpectrumOperation().Run(options, sink, cancellationToken);
}
