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
            CommonOptions.Format(OutputFormat.Table, OutputFormat.Csv, OutputFormat.Json),
        };
        CommandRunner.SetAction(command, context =>
        {
            var records = new List<DatasetSplitRecord>();
            new DatasetInfoOperation().Run(BuildOptions(context.Parse), context.Sink<DatasetSplitRecord>(records.Add), context.CancellationToken);
            RecordPrinter.Print(records, new DatasetSplitRecordMap(), context.Value<OutputFormat>("--format"), context.Output);
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>The options record this command's arguments describe.</summary>
    public static DatasetInfoOptions BuildOptions(ParseResult parse) => new() { Path = parse.GetValue<string>("--path")! };
}
