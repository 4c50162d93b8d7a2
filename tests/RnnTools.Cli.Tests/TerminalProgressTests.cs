using RnnTools.Cli.Infrastructure;
using RnnTools.Core.Operations;
using Spectre.Console;

namespace RnnTools.Cli.Tests;

public sealed class TerminalProgressTests
{
    [Fact]
    public void Report_DrawsOneBarPerActivity_AndStopsWhenAllComplete()
    {
        using var output = new StringWriter();
        IAnsiConsole console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.Yes, ColorSystem = ColorSystemSupport.NoColors, Interactive = InteractionSupport.Yes, Out = new AnsiConsoleOutput(output),
        });
        using (var progress = new TerminalProgress(console))
        {
            progress.Report(new ProgressUpdate("bench addition-100", "warming up", 0, 2, null, Milestone: true));
            progress.Writer.WriteLine("warning: a line between the bars");
            progress.Report(new ProgressUpdate("bench addition-100", "0.123 ms per iteration", 2, 2, null, Milestone: true, Completed: true));
            progress.Report(new ProgressUpdate("bench [music]", "again", 1, 0, null));
        }

        string text = output.ToString();
        Assert.Contains("bench addition-100: 0.123 ms per iteration", text);
        Assert.Contains("warning: a line between the bars", text);
        Assert.Contains("bench [music]: again", text);
    }
}
