using RnnTools.Core.Errors;
using RnnTools.Core.Operations;

namespace RnnTools.PowerShell.Tests.Support;

/// <summary>
/// Stands in for the PowerShell pipeline when a cmdlet's operation runs in a test (the stub cannot run a pipeline):
/// keeps the records and the ShouldProcess targets, and answers ShouldProcess as told (false is -WhatIf).
/// </summary>
/// <param name="approve">The answer to every ShouldProcess question.</param>
public sealed class RecordingSink<TRecord>(bool approve) : IOperationSink<TRecord>
{
    /// <summary>The records emitted, in order.</summary>
    public List<TRecord> Records { get; } = [];

    /// <summary>The targets ShouldProcess was asked about, in order.</summary>
    public List<string> Targets { get; } = [];

    /// <inheritdoc />
    public void Emit(TRecord record) => Records.Add(record);

    /// <inheritdoc />
    public void Verbose(string message)
    {
    }

    /// <inheritdoc />
    public void Warning(string message)
    {
    }

    /// <inheritdoc />
    public void Error(RnnToolsException error) => throw error;

    /// <inheritdoc />
    public bool ShouldProcess(string target, string action)
    {
        Targets.Add(target);
        return approve;
    }

    /// <inheritdoc />
    public void Report(ProgressUpdate value)
    {
    }
}
