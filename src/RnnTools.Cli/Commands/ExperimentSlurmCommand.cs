using System.CommandLine;
using RnnTools.Cli.Infrastructure;
using RnnTools.Core.Csv;
using RnnTools.Core.Experiments;

namespace RnnTools.Cli.Commands;

/// <summary><c>rnntools experiment slurm</c>: export a sweep as a Slurm job array plus a merge step.</summary>
public static class ExperimentSlurmCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var command = ExperimentSelection.AddTo(new Command("slurm",
            "Write a Slurm job array for an experiment (array index = run index; each task trains one run, single-threaded), a merge step and submit.sh, which submits both."));
        command.Options.Add(new Option<string?>("--out-dir") { Description = "Where to write the scripts (default <results>/<id>/slurm)." });
        command.Options.Add(new Option<string>("--task-time") { Description = "Slurm --time of one array task.", DefaultValueFactory = _ => SlurmOptions.DefaultTaskTime });
        ListingOptions.AddTo(command, OutputFormat.Table, OutputFormat.Csv, OutputFormat.Json);
        CommandRunner.SetAction(command, context =>
        {
            var options = new SlurmOptions
            {
                Sweep = ExperimentSelection.Options(context.Parse),
                Out = context.Value<string?>("--out-dir"),
                Command = Launcher(),
                WorkingDirectory = Environment.CurrentDirectory,
                TaskTime = context.Value<string>("--task-time"),
            };
            context.PrintListing(new PropertyOrderMap<SlurmScriptRecord>(), sink => new ExperimentSlurmOperation().Run(options, sink, context.CancellationToken));
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>How the jobs call this rnntools: the launcher next to the CLI folder when there is one, else dotnet and this assembly.</summary>
    private static string Launcher()
    {
        string assembly = typeof(ExperimentSlurmCommand).Assembly.Location;
        string launcher = Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(assembly)!)!, "rnntools");
        return File.Exists(launcher) ? launcher : $"dotnet {assembly}";
    }
}
