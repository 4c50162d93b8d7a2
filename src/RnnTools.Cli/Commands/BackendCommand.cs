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
        var command = new Command("backend", "List the compute backends (mkl, openblas, managed, cuda) and whether each can be used.")
        {
            CommonOptions.Format(OutputFormat.Table, OutputFormat.Csv, OutputFormat.Json),
        };
        CommandRunner.SetAction(command, context =>
        {
            var records = new List<BackendRecord>();
            new BackendListOperation().Run(BuildOptions(context.Parse), context.Sink<BackendRecord>(records.Add), context.CancellationToken);
            RecordPrinter.Print(records, new BackendRecordMap(), context.Value<OutputFormat>("--format"), context.Output);
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>The options record this command's arguments describe.</summary>
    public static BackendListOptions BuildOptions(ParseResult parse) => new();
}
