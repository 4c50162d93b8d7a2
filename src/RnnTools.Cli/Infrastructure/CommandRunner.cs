using System.CommandLine;
using RnnTools.Core.Errors;

namespace RnnTools.Cli.Infrastructure;

/// <summary>Runs a command body and turns its outcome into one of the exit codes, with one clear line on stderr for errors.</summary>
public static class CommandRunner
{
    /// <summary>Runs <paramref name="body"/>; RnnToolsException → 2, cancellation → 130, anything else (a bug) → 1.</summary>
    public static int Run(ParseResult parse, Func<CommandContext, int> body, CancellationToken cancellationToken)
    {
        var context = new CommandContext(parse, Console.Out, Console.Error, cancellationToken);
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
    /// Registers <paramref name="body"/> as the action of <paramref name="command"/>. The body runs on a worker thread so
    /// that the invocation is still pending when System.CommandLine installs its Ctrl+C/SIGTERM handler, which then
    /// cancels the token instead of the process being killed.
    /// </summary>
    public static void SetAction(Command command, Func<CommandContext, int> body) =>
        command.SetAction((parse, cancellationToken) => Task.Run(() => Run(parse, body, cancellationToken), CancellationToken.None));
}
