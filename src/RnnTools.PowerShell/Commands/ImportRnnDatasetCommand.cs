using System.Management.Automation;
using RnnTools.Core.Operations;
using RnnTools.Core.Operations.Datasets;
using RnnTools.PowerShell.Infrastructure;

namespace RnnTools.PowerShell.Commands;

/// <summary>Import-RnnDataset: loads a polyphonic music dataset (JSON or pickle) and reports per split its statistics.</summary>
[Cmdlet(VerbsData.Import, "RnnDataset")]
[OutputType(typeof(DatasetSplitRecord))]
public sealed class ImportRnnDatasetCommand : RnnOperationCmdlet<DatasetInfoOptions, DatasetSplitRecord>
{
    /// <summary>The dataset file.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("PSPath")]
    public string Path { get; set; } = string.Empty;

    /// <inheritdoc />
    protected internal override DatasetInfoOptions BuildOptions() => new() { Path = ResolvePath(Path) };

    /// <inheritdoc />
    private protected override void Run(DatasetInfoOptions options, IOperationSink<DatasetSplitRecord> sink, CancellationToken cancellationToken) =>
        new DatasetInfoOperation().Run(options, sink, cancellationToken);
}
