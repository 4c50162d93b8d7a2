using System.CommandLine;
using RnnTools.Cli.Infrastructure;
using RnnTools.Core.Operations.Datasets;

namespace RnnTools.Cli.Commands;

/// <summary><c>rnntools dataset info</c>: per split sizes, notes, the per-key baseline NLL and a model's NLL (twin of Import-RnnDataset).</summary>
public static class DatasetInfoCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var command = new Command("info",
            "Load a music dataset and print per split its sizes, note statistics and per-key baseline NLL; with --model also that model's NLL (e.g. a run's best_model.json on the test split).")
        {
            new Option<string>("--path") { Description = "The dataset file, JSON or pickle.", Required = true },
            new Option<string?>("--model") { Description = "A model file (88 inputs, 88 logistic outputs) to score on every split." },
            CommonOptions.Backend(),
            CommonOptions.Threads(),
        };
        ListingOptions.AddTo(command, OutputFormat.Table, OutputFormat.Csv, OutputFormat.Json);
        CommandRunner.SetAction(command, context =>
        {
            context.PrintListing(new DatasetSplitRecordMap(), sink => new DatasetInfoOperation().Run(BuildOptions(context.Parse), sink, context.CancellationToken));
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>The options record this command's arguments describe.</summary>
    public static DatasetInfoOptions BuildOptions(ParseResult parse) => new()
    {
        Path = parse.GetValue<string>("--path")!,
        ModelPath = parse.GetValue<string?>("--model"),
        Backend = parse.GetValue<Core.Backends.BackendKind>("--backend"),
        Threads = parse.GetValue<int?>("--threads"),
    };
}
