using System.CommandLine;
using RnnTools.Core.Backends;
using RnnTools.Core.Experiments;

namespace RnnTools.Cli.Infrastructure;

/// <summary>The arguments every <c>experiment</c> subcommand but <c>list</c> shares: the id, --profile, --results, --data and --backend.</summary>
public static class ExperimentSelection
{
    /// <summary>Adds the shared arguments to <paramref name="command"/>.</summary>
    public static Command AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.Arguments.Add(new Argument<string>("id") { Description = "The experiment id (rnntools experiment list)." });
        command.Options.Add(EnumOptions.Create("--profile", "full (the published settings, the only runs compared with published numbers) or quick (a smoke grid written under <results>/quick/).",
            ExperimentProfile.Full));
        command.Options.Add(new Option<string>("--results")
        {
            Description = "The results directory (relative paths are relative to the working directory: run from the repository root).",
            DefaultValueFactory = _ => ExperimentRunOptions.DefaultResults,
        });
        command.Options.Add(new Option<string>("--data")
        {
            Description = $"The directory of the polyphonic music datasets (default: {ExperimentCatalog.DataVariable}, else ../shared/data/polyphonic).",
            DefaultValueFactory = _ => ExperimentCatalog.DefaultDataDirectory(),
        });
        command.Options.Add(CommonOptions.Backend());
        return command;
    }

    /// <summary>The sweep options these arguments describe (without the sweep-only settings of <c>run</c>).</summary>
    public static ExperimentRunOptions Options(ParseResult parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        return new()
        {
            Experiment = parse.GetValue<string>("id")!,
            Profile = parse.GetValue<ExperimentProfile>("--profile"),
            Results = parse.GetValue<string>("--results")!,
            Data = parse.GetValue<string>("--data")!,
            Backend = parse.GetValue<BackendKind>("--backend"),
        };
    }
}
