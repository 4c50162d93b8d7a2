using System.Management.Automation;
using RnnTools.Core.Operations;
using RnnTools.Core.Operations.Tasks;
using RnnTools.Core.Tasks;
using RnnTools.PowerShell.Infrastructure;

namespace RnnTools.PowerShell.Commands;

/// <summary>Get-RnnTask: the tasks, variants and their sizes, losses and rules.</summary>
[Cmdlet(VerbsCommon.Get, "RnnTask")]
[OutputType(typeof(TaskInfoRecord))]
public sealed class GetRnnTaskCommand : RnnOperationCmdlet<TaskListOptions, TaskInfoRecord>
{
    /// <summary>Only this task; every task when omitted.</summary>
    [Parameter(Position = 0, ValueFromPipelineByPropertyName = true)]
    [NullIfEmpty]
    public TaskName? Task { get; set; }

    /// <inheritdoc />
    protected internal override TaskListOptions BuildOptions() => new() { Task = Task };

    /// <inheritdoc />
    private protected override void Run(TaskListOptions options, IOperationSink<TaskInfoRecord> sink, CancellationToken cancellationToken) =>
        new TaskListOperation().Run(options, sink, cancellationToken);
}
