using System.CommandLine;
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

    /// <summary>Whether progress lines should be written (not with --no-progress).</summary>
    public bool Progress => !Parse.GetValue(CommonOptions.NoProgress);

    /// <summary>The value of an option by its name (e.g. "--seed").</summary>
    public T Value<T>(string name) => Parse.GetValue<T>(name)!;

    /// <summary>A console sink whose records go to <paramref name="emit"/>.</summary>
    public ConsoleSink<TRecord> Sink<TRecord>(Action<TRecord> emit) => new(emit, Error, Verbose, Progress);
}
