using System.CommandLine;
using RnnTools.Cli.Infrastructure;
using RnnTools.Core.Operations.Datasets;

namespace RnnTools.Cli.Commands;

/// <summary><c>rnntools dataset info</c>: per split sizes, notes and the per-key baseline NLL (twin of Import-RnnDataset).</summary>
public static class DatasetInfoCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var command = new Command("info", "Load a music dataset and print per split its sizes, note statistics and per-key baseline NLL.")
        {
            new Option<string>("--path") { Description = "The dataset file, JSON or pickle.", Required = true },
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
    public static DatasetInfoOptions BuildOptions(ParseResult parse) => new() { Path = parse.GetValue<string>("--path")! };
}
