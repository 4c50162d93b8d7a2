using RnnTools.Core.Errors;

namespace RnnTools.Core.Operations;

/// <summary>Serialises every report to a sink, so that operations running work in parallel (sweeps) can share one sink that is not thread-safe.</summary>
/// <typeparam name="TRecord">The result record type.</typeparam>
/// <param name="inner">The sink every report goes to, one at a time.</param>
public sealed class SynchronizedSink<TRecord>(IOperationSink<TRecord> inner) : IOperationSink<TRecord>
{
    private readonly object gate = new();

    /// <inheritdoc />
    public void Emit(TRecord record)
    {
        lock (gate)
        {
            inner.Emit(record);
        }
    }

    /// <inheritdoc />
    public void Verbose(string message)
    {
        lock (gate)
        {
            inner.Verbose(message);
        }
    }

    /// <inheritdoc />
    public void Warning(string message)
    {
        lock (gate)
        {
            inner.Warning(message);
        }
    }

    /// <inheritdoc />
    public void Error(RnnToolsException error)
    {
        lock (gate)
        {
            inner.Error(error);
        }
    }

    /// <inheritdoc />
    public bool ShouldProcess(string target, string action)
    {
        lock (gate)
        {
            return inner.ShouldProcess(target, action);
        }
    }

    /// <inheritdoc />
    public void Report(ProgressUpdate value)
    {
        lock (gate)
        {
            inner.Report(value);
        }
    }
}
