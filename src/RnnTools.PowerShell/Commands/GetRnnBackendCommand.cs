using System.Management.Automation;
using RnnTools.Core.Operations;
using RnnTools.Core.Operations.Backends;
using RnnTools.PowerShell.Infrastructure;

namespace RnnTools.PowerShell.Commands;

/// <summary>Get-RnnBackend: the compute backends and whether each can be used.</summary>
[Cmdlet(VerbsCommon.Get, "RnnBackend")]
[OutputType(typeof(BackendRecord))]
public sealed class GetRnnBackendCommand : RnnOperationCmdlet<BackendListOptions, BackendRecord>
{
    /// <inheritdoc />
    protected internal override BackendListOptions BuildOptions() => new();

    /// <inheritdoc />
    private protected override void Run(BackendListOptions options, IOperationSink<BackendRecord> sink, CancellationToken cancellationToken) =>
        new BackendListOperation().Run(options, sink, cancellationToken);
}
