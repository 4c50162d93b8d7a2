using System.Management.Automation;
using RnnTools.Core.Model;
using RnnTools.Core.Operations;
using RnnTools.Core.Operations.Models;
using RnnTools.PowerShell.Infrastructure;

namespace RnnTools.PowerShell.Commands;

/// <summary>Import-RnnModel: reads a model file (training.md §15).</summary>
[Cmdlet(VerbsData.Import, "RnnModel")]
[OutputType(typeof(StoredModel))]
public sealed class ImportRnnModelCommand : RnnOperationCmdlet<ImportModelOptions, StoredModel>
{
    /// <summary>The model file.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("PSPath")]
    public string Path { get; set; } = string.Empty;

    /// <inheritdoc />
    protected internal override ImportModelOptions BuildOptions() => new() { Path = ResolvePath(Path) };

    /// <inheritdoc />
    private protected override void Run(ImportModelOptions options, IOperationSink<StoredModel> sink, CancellationToken cancellationToken) =>
        new ImportModelOperation().Run(options, sink, cancellationToken);
}
