using System.Management.Automation;
using RnnTools.Core.Errors;
using RnnTools.Core.Operations;

namespace RnnTools.PowerShell.Infrastructure;

/// <summary>
/// The base of every RnnTools cmdlet (conventions.md §2.2): parameters become an options record, the record goes to
/// a core operation, and its records stream back out through <see cref="CmdletSink{TRecord}"/>. Ctrl+C cancels the
/// operation; rows already emitted stay emitted.
/// </summary>
/// <typeparam name="TOptions">The options record.</typeparam>
/// <typeparam name="TRecord">The emitted record.</typeparam>
public abstract class RnnOperationCmdlet<TOptions, TRecord> : PSCmdlet, IDisposable
    where TOptions : class
{
    private readonly CancellationTokenSource stopping = new();

    /// <summary>Resolves a user path (PowerShell provider path by default; tests swap in an identity resolver).</summary>
    internal Func<string, string>? PathResolver { get; set; }

    /// <summary>Turns the bound parameters into the options record.</summary>
    protected internal abstract TOptions BuildOptions();

    /// <summary>Runs the core operation.</summary>
    private protected abstract void Run(TOptions options, IOperationSink<TRecord> sink, CancellationToken cancellationToken);

    /// <inheritdoc />
    protected sealed override void ProcessRecord()
    {
        TOptions options = BuildOptions();
        try
        {
            Run(options, new CmdletSink<TRecord>(this, ActivityIds.For(GetType())), stopping.Token);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // Stopped by the user: the records already emitted stay in the pipeline.
        }
        catch (RnnToolsException ex)
        {
            ThrowTerminatingError(ErrorRecords.From(ex, options));
        }
    }

    /// <inheritdoc />
    protected sealed override void StopProcessing() => stopping.Cancel();

    /// <summary>Resolves a path given by the user (relative, <c>~</c>, PowerShell drives).</summary>
    protected string ResolvePath(string path) =>
        (PathResolver ?? SessionState.Path.GetUnresolvedProviderPathFromPSPath)(path);

    /// <summary>Resolves an optional path; null or empty (an empty CSV cell, say) means not given.</summary>
    protected string? ResolveOptionalPath(string? path) => OptionalText(path) is { } given ? ResolvePath(given) : null;

    /// <summary>An optional output file, resolved; null when it is not given or ShouldProcess declines it (-WhatIf).</summary>
    /// <param name="path">The path the user gave, or null.</param>
    /// <param name="action">What will be done to the file, for the ShouldProcess question.</param>
    /// <param name="sink">The sink that asks.</param>
    protected string? ApprovedOutputPath(string? path, string action, IOperationSink<TRecord> sink) =>
        ResolveOptionalPath(path) is { } file && sink.ShouldProcess(file, action) ? file : null;

    /// <summary>
    /// An optional text parameter: null when empty or blank, because PowerShell binds an empty CSV cell (and even null)
    /// to a string parameter as the empty string.
    /// </summary>
    protected static string? OptionalText(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;

    /// <inheritdoc />
    public void Dispose()
    {
        stopping.Dispose();
        GC.SuppressFinalize(this);
    }
}
