using System.CommandLine;
using RnnTools.Cli.Infrastructure;
using RnnTools.Core.Csv;
using RnnTools.Core.Experiments;

namespace RnnTools.Cli.Commands;

/// <summary><c>rnntools experiment run</c>: run or continue a sweep, then write its tables.</summary>
public static class ExperimentRunCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var command = ExperimentSelection.AddTo(new Command("run",
            "Train the unfinished runs of an experiment (finished runs are skipped, runs another experiment finished with the same options are copied, interrupted ones resume from their checkpoints), then write <results>/<id>.csv and draw <results>/<id>.svg with gnuplot from scripts/<id>.gp. "
            + "Stop it at any time (Ctrl+C or --time-limit) and run it again to continue."));
        command.Options.Add(new Option<int>("--parallel") { Description = "Runs trained at once, each single-threaded (one per core).", DefaultValueFactory = _ => 1 });
        command.Options.Add(NumberOptions.OptionalDouble("--time-limit", "Stop after this many seconds; running runs checkpoint and continue at the next run of the sweep."));
        command.Options.Add(new Option<int?>("--run-index") { Description = "Train only the run at this position of the grid (experiment status shows the indices; a Slurm array index)." });
        command.Options.Add(new Option<int?>("--part") { Description = "Append finished runs to <results>/<id>/parts/runs.<part>.csv and write no tables (Slurm array tasks; experiment merge collects them)." });
        ListingOptions.AddTo(command, OutputFormat.Table, OutputFormat.Csv, OutputFormat.Json);
        CommandRunner.SetAction(command, context =>
        {
            ExperimentRunOptions options = BuildOptions(context.Parse);
            IReadOnlyList<SweepRunResult> results = context.PrintListing(new PropertyOrderMap<SweepRunResult>(),
                sink => new ExperimentRunOperation().Run(options, sink, context.CancellationToken));
            if (options.Part is null)
            {
                FigureRenderer.Draw(options, context.Error);
            }

            return context.CancellationToken.IsCancellationRequested ? ExitCodes.Cancelled
                : results.Any(result => result.Outcome == SweepOutcome.Failed) ? ExitCodes.Failed
                : ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>The options record this command's arguments describe.</summary>
    public static ExperimentRunOptions BuildOptions(ParseResult parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        return ExperimentSelection.Options(parse) with
        {
            Parallel = parse.GetValue<int>("--parallel"),
            TimeLimit = parse.GetValue<double?>("--time-limit"),
            RunIndex = parse.GetValue<int?>("--run-index"),
            Part = parse.GetValue<int?>("--part"),
        };
    }
}
