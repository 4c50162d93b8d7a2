using System.CommandLine;
using RnnTools.Cli.Infrastructure;
using RnnTools.Core.Csv;
using RnnTools.Core.Experiments;

namespace RnnTools.Cli.Commands;

/// <summary><c>rnntools experiment status</c>: what is done, running, partial and remaining.</summary>
public static class ExperimentStatusCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var command = ExperimentSelection.AddTo(new Command("status",
            "Show every run of an experiment's grid with its index and state: done (with status and iterations), running, partial (iterations at its checkpoint) or remaining."));
        ListingOptions.AddTo(command, OutputFormat.Table, OutputFormat.Csv, OutputFormat.Json);
        CommandRunner.SetAction(command, context =>
        {
            context.PrintListing(new PropertyOrderMap<RunStatusRecord>(),
                sink => new ExperimentStatusOperation().Run(ExperimentSelection.Options(context.Parse), sink, context.CancellationToken));
            return ExitCodes.Ok;
        });
        return command;
    }
}
