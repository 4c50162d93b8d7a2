using RnnTools.Core.Errors;

namespace RnnTools.Core.Operations;

/// <summary>
/// Where a core operation reports: result records as soon as they exist, progress, verbose lines, warnings and
/// non-terminating errors. The CLI writes them to files and stderr, the cmdlets to PowerShell streams, tests record them.
/// </summary>
/// <typeparam name="TRecord">The result record type.</typeparam>
public interface IOperationSink<in TRecord> : IProgress<ProgressUpdate>
{
    /// <summary>One result record.</summary>
    void Emit(TRecord record);

    /// <summary>A configuration or diagnostic line (never per minibatch).</summary>
    void Verbose(string message);

    /// <summary>A non-fatal surprise (a diverged run, an ignored option).</summary>
    void Warning(string message);

    /// <summary>A per-input failure; the operation continues with the next input.</summary>
    void Error(RnnToolsException error);

    /// <summary>Asks before changing state (writing a file); false means skip the action.</summary>
    bool ShouldProcess(string target, string action);
}
