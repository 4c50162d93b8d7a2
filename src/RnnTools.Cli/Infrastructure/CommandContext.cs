using System.CommandLine;
using System.Text;
using CsvHelper.Configuration;
using RnnTools.Core.Operations;

namespace RnnTools.Cli.Infrastructure;

/// <summary>What a command body gets: the parse result, the output streams and the cancellation token.</summary>
/// <param name="Parse">The parse result; read options by name with <see cref="Value{T}"/>.</param>
/// <param name="Output">stdout.</param>
/// <param name="Error">stderr.</param>
/// <param name="CancellationToken">Cancelled by Ctrl+C or SIGTERM.</param>
public sealed record CommandContext(ParseResult Parse, TextWriter Output, TextWriter Error, CancellationToken CancellationToken)
{
    /// <summary>Whether --verbose was given.</summary>
    public bool Verbose => Parse.GetValue(CommonOptions.Verbose);

    /// <summary>Whether progress should be reported (not with --no-progress).</summary>
    public bool Progress => !Parse.GetValue(CommonOptions.NoProgress);

    /// <summary>Where progress goes: live bars on a terminal; null means plain lines on <see cref="Error"/>.</summary>
    public IProgress<ProgressUpdate>? ProgressDisplay { get; init; }

    /// <summary>The value of an option by its name (e.g. "--seed").</summary>
    public T Value<T>(string name) => Parse.GetValue<T>(name)!;

    /// <summary>A console sink whose records go to <paramref name="emit"/>.</summary>
    public ConsoleSink<TRecord> Sink<TRecord>(Action<TRecord> emit) =>
        new(emit, Error, Verbose, Progress ? ProgressDisplay ?? new PlainProgress(Error) : null);

    /// <summary>
    /// Runs an operation whose records form one listing, then prints them in the <c>--format</c> of the command to
    /// stdout or to the <c>--out</c> file (refused up front with <c>--no-clobber</c> when it exists).
    /// </summary>
    /// <returns>The records, for commands whose exit code depends on them.</returns>
    public IReadOnlyList<TRecord> PrintListing<TRecord>(ClassMap<TRecord> map, Action<IOperationSink<TRecord>> run)
    {
        ArgumentNullException.ThrowIfNull(run);
        string? path = Parse.GetValue<string?>("--out");
        bool noClobber = Value<bool>("--no-clobber");
        if (path is not null)
        {
            OutputFile.RefuseExisting(path, noClobber);
        }

        var records = new List<TRecord>();
        run(Sink<TRecord>(records.Add));
        OutputFormat format = Value<OutputFormat>("--format");
        if (path is null)
        {
            RecordPrinter.Print(records, map, format, Output);
        }
        else
        {
            using StreamWriter writer = OutputFile.CreateText(path, noClobber);
            RecordPrinter.Print(records, map, format, writer);
        }

        return records;
    }
}
