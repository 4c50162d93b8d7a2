using System.CommandLine;
using RnnTools.Cli.Infrastructure;
using RnnTools.Core.Csv;
using RnnTools.Core.Experiments;

namespace RnnTools.Cli.Commands;

/// <summary><c>rnntools experiment merge</c>: collect the Slurm part files into runs.csv and write the tables.</summary>
public static class ExperimentMergeCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var command = ExperimentSelection.AddTo(new Command("merge",
            "Move the rows of the Slurm array tasks' part files into <results>/<id>/runs.csv and write the experiment's tables (the step after the array)."));
        ListingOptions.AddTo(command, OutputFormat.Table, OutputFormat.Csv, OutputFormat.Json);
        CommandRunner.SetAction(command, context =>
        {
            ExperimentRunOptions options = ExperimentSelection.Options(context.Parse);
            context.PrintListing(new PropertyOrderMap<MergeRecord>(), sink => new ExperimentMergeOperation().Run(options, sink, context.CancellationToken));
            FigureRenderer.Draw(options, context.Error);
            return ExitCodes.Ok;
        });
        return command;
    }
}
