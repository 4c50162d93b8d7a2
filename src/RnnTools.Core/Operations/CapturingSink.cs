using RnnTools.Core.Errors;

namespace RnnTools.Core.Operations;

/// <summary>
/// Keeps the records of an inner operation and forwards every other report (messages, errors, questions, progress) to
/// the caller's sink: for operations built from other operations, such as a sweep of training runs.
/// </summary>
/// <typeparam name="TRecord">The records the inner operation emits.</typeparam>
/// <typeparam name="TOuter">The records of the caller's sink.</typeparam>
/// <param name="outer">The sink that receives everything but the records.</param>
public sealed class CapturingSink<TRecord, TOuter>(IOperationSink<TOuter> outer) : IOperationSink<TRecord>
{
    /// <summary>The records emitted so far, in order.</summary>
    public List<TRecord> Records { get; } = [];

    /// <inheritdoc />
    public void Emit(TRecord record) => Records.Add(record);

    /// <inheritdoc />
    public void Verbose(string message) => outer.Verbose(message);

    /// <inheritdoc />
    public void Warning(string message) => outer.Warning(message);

    /// <inheritdoc />
    public void Error(RnnToolsException error) => outer.Error(error);

    /// <inheritdoc />
    public bool ShouldProcess(string target, string action) => outer.ShouldProcess(target, action);

    /// <inheritdoc />
    public void Report(ProgressUpdate value) => outer.Report(value);
}
