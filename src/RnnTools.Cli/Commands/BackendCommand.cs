using System.CommandLine;
using RnnTools.Cli.Infrastructure;
using RnnTools.Core.Operations.Backends;

namespace RnnTools.Cli.Commands;

/// <summary><c>rnntools backend</c>: the backends and their availability (twin of Get-RnnBackend).</summary>
public static class BackendCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        Command command = ListingOptions.AddTo(new Command("backend", "List the compute backends (mkl, openblas, managed, cuda) and whether each can be used."),
            OutputFormat.Table, OutputFormat.Csv, OutputFormat.Json);
        CommandRunner.SetAction(command, context =>
        {
            context.PrintListing(new BackendRecordMap(), sink => new BackendListOperation().Run(BuildOptions(context.Parse), sink, context.CancellationToken));
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>The options record this command's arguments describe.</summary>
    public static BackendListOptions BuildOptions(ParseResult parse) => new();
}
