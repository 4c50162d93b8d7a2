using System.CommandLine;
using RnnTools.Core.Errors;
using Spectre.Console;

namespace RnnTools.Cli.Infrastructure;

/// <summary>Runs a command body and turns its outcome into one of the exit codes, with one clear line on stderr for errors.</summary>
public static class CommandRunner
{
    /// <summary>Runs <paramref name="body"/>; RnnToolsException → 2, cancellation → 130, anything else (a bug) → 1.</summary>
    public static int Run(ParseResult parse, Func<CommandContext, int> body, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parse);
        ArgumentNullException.ThrowIfNull(body);
        using TerminalProgress? terminal = ProgressModeSelector.ForConsole(parse.GetValue(CommonOptions.NoProgress)) == ProgressMode.Terminal
            ? new TerminalProgress(AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) }))
            : null;
        var context = new CommandContext(parse, Console.Out, terminal?.Writer ?? Console.Error, cancellationToken) { ProgressDisplay = terminal };
        try
        {
            return body(context);
        }
        catch (RnnToolsException ex)
        {
            context.Error.WriteLine($"rnntools: {ex.Message}");
            return ExitCodes.BadInput;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            context.Error.WriteLine("rnntools: cancelled");
            return ExitCodes.Cancelled;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            context.Error.WriteLine(context.Verbose
                ? $"rnntools: unexpected error: {ex}"
                : $"rnntools: unexpected error: {ex.GetType().Name}: {ex.Message} (rerun with --verbose for the stack trace)");
            return ExitCodes.Failed;
        }
    }

    /// <summary>
    /// Registers <paramref name="body"/> as the action of <paramref name="command"/>. The body runs on the thread pool so
    /// that System.CommandLine's Ctrl+C/SIGTERM handler, registered once the action has started, can cancel it.
    /// </summary>
    public static void SetAction(Command command, Func<CommandContext, int> body) =>
        command.SetAction((parse, cancellationToken) => Task.Run(() => Run(parse, body, cancellationToken), CancellationToken.None));
}
