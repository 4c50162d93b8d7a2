using System.Management.Automation;
using RnnTools.Core.Model;
using RnnTools.Core.Operations;
using RnnTools.Core.Operations.Models;
using RnnTools.PowerShell.Infrastructure;

namespace RnnTools.PowerShell.Commands;

/// <summary>Export-RnnModel: writes a model file (training.md §15) after ShouldProcess.</summary>
[Cmdlet(VerbsData.Export, "RnnModel", SupportsShouldProcess = true)]
[OutputType(typeof(StoredModel))]
public sealed class ExportRnnModelCommand : RnnOperationCmdlet<ExportModelOptions, StoredModel>
{
    /// <summary>The file to write.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    public string Path { get; set; } = string.Empty;

    /// <summary>The model to write.</summary>
    [Parameter(Mandatory = true, ValueFromPipeline = true)]
    [Alias("Model")]
    public StoredModel? InputObject { get; set; }

    /// <summary>Refuse to replace an existing file.</summary>
    [Parameter]
    public SwitchParameter NoClobber { get; set; }

    /// <summary>Replace an existing file even if it is read-only.</summary>
    [Parameter]
    public SwitchParameter Force { get; set; }

    /// <summary>Emit the model again after writing it.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    /// <inheritdoc />
    protected internal override ExportModelOptions BuildOptions() => new()
    {
        Model = InputObject!,
        Path = ResolvePath(Path),
        NoClobber = NoClobber.IsPresent,
        Force = Force.IsPresent,
        PassThru = PassThru.IsPresent,
    };

    /// <inheritdoc />
    private protected override void Run(ExportModelOptions options, IOperationSink<StoredModel> sink, CancellationToken cancellationToken) =>
        new ExportModelOperation().Run(options, sink, cancellationToken);
}
