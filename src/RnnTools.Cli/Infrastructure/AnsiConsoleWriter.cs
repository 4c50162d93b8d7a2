using System.Text;
using Spectre.Console;

namespace RnnTools.Cli.Infrastructure;

/// <summary>
/// A text writer over a Spectre.Console console, so that diagnostics written while live progress bars are shown go
/// through the console that draws them (and appear above the bars instead of breaking them).
/// </summary>
/// <param name="console">The console (on stderr).</param>
public sealed class AnsiConsoleWriter(IAnsiConsole console) : TextWriter
{
    /// <inheritdoc />
    public override Encoding Encoding => Encoding.UTF8;

    /// <inheritdoc />
    public override void Write(char value) => console.Write(new Text(value.ToString()));

    /// <inheritdoc />
    public override void Write(string? value) => console.Write(new Text(value ?? string.Empty));

    /// <inheritdoc />
    public override void WriteLine(string? value) => console.Write(new Text((value ?? string.Empty) + "\n"));
}
