using RnnTools.Core.Errors;
using RnnTools.Core.Operations;

namespace RnnTools.Core.Tests.Support;

/// <summary>Records like <see cref="RecordingSink{TRecord}"/> and cancels its token at the first check milestone (an interruption mid-run).</summary>
public sealed class CancelOnFirstCheckSink<TRecord> : IOperationSink<TRecord>, IDisposable
{
    private readonly CancellationTokenSource source = new();

    /// <summary>Cancelled at the first milestone progress report.</summary>
    public CancellationToken Token => source.Token;

    /// <summary>Emitted records.</summary>
    public List<TRecord> Records { get; } = [];

    /// <summary>Errors reported.</summary>
    public List<RnnToolsException> Errors { get; } = [];

    public void Emit(TRecord record)
    {
        lock (Records)
        {
            Records.Add(record);
        }
    }

    public void Verbose(string message)
    {
    }

    public void Warning(string message)
    {
    }

    public void Error(RnnToolsException error)
    {
        lock (Errors)
        {
            Errors.Add(error);
        }
    }

    public bool ShouldProcess(string target, string action) => true;

    public void Report(ProgressUpdate value)
    {
        if (value.Milestone && value.Current > 0)
        {
            source.Cancel();
        }
    }

    public void Dispose() => source.Dispose();
}
