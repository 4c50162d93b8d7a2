using RnnTools.Core.Errors;
using RnnTools.Core.Operations;

namespace RnnTools.Cli.Infrastructure;

/// <summary>
/// The CLI's sink: records go to a callback (a CSV writer or a table buffer); verbose lines, warnings and errors go to
/// stderr, progress to a progress display (plain lines or live bars).
/// </summary>
/// <typeparam name="TRecord">The record type.</typeparam>
public sealed class ConsoleSink<TRecord> : IOperationSink<TRecord>
{
    private readonly Action<TRecord> emit;
    private readonly TextWriter error;
    private readonly bool verbose;
    private readonly IProgress<ProgressUpdate>? progress;

    /// <summary>Creates a sink whose progress goes to <paramref name="progress"/> (none when null).</summary>
    /// <param name="emit">Receives each record.</param>
    /// <param name="error">The diagnostics stream (stderr).</param>
    /// <param name="verbose">Whether verbose lines are written.</param>
    /// <param name="progress">The progress display, or null.</param>
    public ConsoleSink(Action<TRecord> emit, TextWriter error, bool verbose, IProgress<ProgressUpdate>? progress)
    {
        this.emit = emit;
        this.error = error;
        this.verbose = verbose;
        this.progress = progress;
    }

    /// <summary>Whether a non-terminating error was reported.</summary>
    public bool HadErrors { get; private set; }

    /// <inheritdoc />
    public void Emit(TRecord record) => emit(record);

    /// <inheritdoc />
    public void Verbose(string message)
    {
        if (verbose)
        {
            error.WriteLine($"verbose: {message}");
        }
    }

    /// <inheritdoc />
    public void Warning(string message) => error.WriteLine($"warning: {message}");

    /// <inheritdoc />
    public void Error(RnnToolsException exception)
    {
        HadErrors = true;
        error.WriteLine($"rnntools: {exception.Message}");
    }

    /// <inheritdoc />
    public bool ShouldProcess(string target, string action) => true;

    /// <inheritdoc />
    public void Report(ProgressUpdate value) => progress?.Report(value);
}
