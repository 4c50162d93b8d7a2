using RnnTools.Core.Errors;

namespace RnnTools.Core.Operations;

/// <summary>A sink that keeps everything it is given (for tests and for callers that want a list).</summary>
/// <typeparam name="TRecord">The result record type.</typeparam>
public sealed class RecordingSink<TRecord> : IOperationSink<TRecord>
{
    /// <summary>Creates a sink that answers every ShouldProcess with <paramref name="allow"/>.</summary>
    public RecordingSink(bool allow = true)
    {
        Allow = allow;
    }

    /// <summary>The answer to every ShouldProcess call.</summary>
    public bool Allow { get; }

    /// <summary>Emitted records, in order.</summary>
    public List<TRecord> Records { get; } = [];

    /// <summary>Verbose lines.</summary>
    public List<string> VerboseLines { get; } = [];

    /// <summary>Warnings.</summary>
    public List<string> Warnings { get; } = [];

    /// <summary>Non-terminating errors.</summary>
    public List<RnnToolsException> Errors { get; } = [];

    /// <summary>Progress reports.</summary>
    public List<ProgressUpdate> ProgressReports { get; } = [];

    /// <summary>ShouldProcess questions asked, as (target, action).</summary>
    public List<(string Target, string Action)> Questions { get; } = [];

    /// <inheritdoc />
    public void Emit(TRecord record) => Records.Add(record);

    /// <inheritdoc />
    public void Verbose(string message) => VerboseLines.Add(message);

    /// <inheritdoc />
    public void Warning(string message) => Warnings.Add(message);

    /// <inheritdoc />
    public void Error(RnnToolsException error) => Errors.Add(error);

    /// <inheritdoc />
    public void Report(ProgressUpdate value) => ProgressReports.Add(value);

    /// <inheritdoc />
    public bool ShouldProcess(string target, string action)
    {
        Questions.Add((target, action));
        return Allow;
    }
}
