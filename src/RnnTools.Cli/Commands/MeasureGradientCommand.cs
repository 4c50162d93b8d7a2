using System.CommandLine;
using RnnTools.Cli.Infrastructure;
using RnnTools.Core.Csv;
using RnnTools.Core.Model;
using RnnTools.Core.Operations.Gradients;

namespace RnnTools.Cli.Commands;

/// <summary><c>rnntools measure-gradient</c>: per-step temporal component norms of a model on a batch (training.md §14.3).</summary>
public static class MeasureGradientCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var command = new Command("measure-gradient", "Norms and cosines of the temporal gradient components H_t of a model on a batch, one CSV row per step.")
        {
            new Option<string>("--model") { Description = "The model file.", Required = true },
            new Option<string>("--batch-file") { Description = "The batch file (JSON, as 'task sample' writes it).", Required = true },
            EnumOptions.Optional<Precision>("--precision", "Compute in float32 or float64 (default: the model file's precision)."),
            CommonOptions.Backend(),
            CommonOptions.Threads(),
            CommonOptions.Out(),
            CommonOptions.NoClobber(),
        };
        CommandRunner.SetAction(command, context =>
        {
            string? path = context.Value<string?>("--out");
            MeasureGradientOptions options = BuildOptions(context.Parse);
            options.Validate();
            using ResultCsvWriter<GradientStepRecord> writer = path is null
                ? ResultCsvWriter<GradientStepRecord>.ToWriter(context.Output, new GradientStepRecordMap())
                : ResultCsvWriter<GradientStepRecord>.Open(path, new GradientStepRecordMap(),
                    context.Value<bool>("--no-clobber") ? ResultFileMode.NoClobber : ResultFileMode.Overwrite);
            new MeasureGradientOperation().Run(options, context.Sink<GradientStepRecord>(writer.Write), context.CancellationToken);
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>The options record this command's arguments describe.</summary>
    public static MeasureGradientOptions BuildOptions(ParseResult parse) => new()
    {
        ModelPath = parse.GetValue<string>("--model") ?? string.Empty,
        BatchPath = parse.GetValue<string>("--batch-file") ?? string.Empty,
        Precision = parse.GetValue<Precision?>("--precision"),
        Backend = parse.GetValue<Core.Backends.BackendKind>("--backend"),
        Threads = parse.GetValue<int?>("--threads"),
    };
}
