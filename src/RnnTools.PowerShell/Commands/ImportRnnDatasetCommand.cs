using System.Management.Automation;
using RnnTools.Core.Backends;
using RnnTools.Core.Model;
using RnnTools.Core.Operations;
using RnnTools.Core.Operations.Datasets;
using RnnTools.PowerShell.Infrastructure;

namespace RnnTools.PowerShell.Commands;

/// <summary>Import-RnnDataset: loads a polyphonic music dataset (JSON or pickle) and reports per split its statistics, and with a model its NLL.</summary>
[Cmdlet(VerbsData.Import, "RnnDataset")]
[OutputType(typeof(DatasetSplitRecord))]
public sealed class ImportRnnDatasetCommand : RnnOperationCmdlet<DatasetInfoOptions, DatasetSplitRecord>
{
    private static readonly DatasetInfoOptions Defaults = new() { Path = string.Empty };

    /// <summary>The dataset file.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("PSPath")]
    public string Path { get; set; } = string.Empty;

    /// <summary>A model file to score on every split.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    public string? ModelPath { get; set; }

    /// <summary>The model as an object (from Import-RnnModel).</summary>
    [Parameter(ValueFromPipeline = true)]
    public StoredModel? Model { get; set; }

    /// <summary>The compute backend of the model's forward passes.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    public BackendKind Backend { get; set; } = Defaults.Backend;

    /// <summary>Threads per BLAS call.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [NullIfEmpty]
    public int? Threads { get; set; }

    /// <inheritdoc />
    protected internal override DatasetInfoOptions BuildOptions() => new()
    {
        Path = ResolvePath(Path),
        ModelPath = ResolveOptionalPath(ModelPath),
        Model = Model,
        Backend = Backend,
        Threads = Threads,
    };

    /// <inheritdoc />
    private protected override void Run(DatasetInfoOptions options, IOperationSink<DatasetSplitRecord> sink, CancellationToken cancellationToken) =>
        new DatasetInfoOperation().Run(options, sink, cancellationToken);
}
