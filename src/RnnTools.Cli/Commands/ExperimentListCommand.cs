using System.CommandLine;
using RnnTools.Cli.Infrastructure;
using RnnTools.Core.Csv;
using RnnTools.Core.Experiments;

namespace RnnTools.Cli.Commands;

/// <summary><c>rnntools experiment list</c>: the experiments with their run counts per profile.</summary>
public static class ExperimentListCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var command = new Command("list", "List the experiments: id, version, runs of the full and quick profiles, the other ids they write, and what they show.");
        ListingOptions.AddTo(command, OutputFormat.Table, OutputFormat.Csv, OutputFormat.Json);
        CommandRunner.SetAction(command, context =>
        {
            context.PrintListing(new PropertyOrderMap<ExperimentInfoRecord>(), sink => new ExperimentListOperation().Run(sink));
            return ExitCodes.Ok;
        });
        return command;
    }
}
