using RnnTools.Core.Tasks;

namespace RnnTools.Core.Operations.Tasks;

/// <summary>Options of the task listing (<c>Get-RnnTask</c>, <c>rnntools task list</c>).</summary>
public sealed record TaskListOptions
{
    /// <summary>Only this task's rows; null lists every task.</summary>
    public TaskName? Task { get; init; }
}
