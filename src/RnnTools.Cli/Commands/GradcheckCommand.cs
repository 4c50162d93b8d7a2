using System.CommandLine;
using RnnTools.Cli.Infrastructure;
using RnnTools.Core.Model;
using RnnTools.Core.Operations.Gradients;

namespace RnnTools.Cli.Commands;

/// <summary><c>rnntools gradcheck</c>: finite-difference check of the gradient (twin of Test-RnnGradient -Detailed); exit code 1 on failure.</summary>
public static class GradcheckCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var defaults = new GradientCheckOptions();
        var command = new Command("gradcheck",
            "Compare the gradient with central finite differences (double precision) on a small random model and batch, or on --model/--batch-file.")
        {
            new Option<string?>("--model") { Description = "Check this model file instead of a random model." },
            new Option<string?>("--batch-file") { Description = "Check on this batch file instead of a random batch." },
            new Option<int>("--input-size") { Description = $"n_in of the random model (default {defaults.InputSize}).", DefaultValueFactory = _ => defaults.InputSize },
            new Option<int>("--hidden-size") { Description = $"n_h of the random model (default {defaults.HiddenSize}).", DefaultValueFactory = _ => defaults.HiddenSize },
            new Option<int>("--output-size") { Description = $"n_out of the random model (default {defaults.OutputSize}).", DefaultValueFactory = _ => defaults.OutputSize },
            EnumOptions.Create("--activation", "Activation of the random model (default tanh).", defaults.Activation),
            EnumOptions.Create("--output-function", "Output function of the random model; it selects the loss (default softmax).", defaults.OutputFunction),
            new Option<int>("--length") { Description = $"T of the random batch (default {defaults.Length}).", DefaultValueFactory = _ => defaults.Length },
            new Option<int>("--batch-size") { Description = $"B of the random batch (default {defaults.BatchSize}).", DefaultValueFactory = _ => defaults.BatchSize },
            new Option<int>("--seed") { Description = $"Seed of the random model and batch (default {defaults.Seed}).", DefaultValueFactory = _ => defaults.Seed },
            NumberOptions.Double("--tolerance", "Largest relative error that passes (default 1e-6).", defaults.Tolerance),
            NumberOptions.Double("--finite-difference-step", "Step h of the central differences (default 1e-6).", defaults.FiniteDifferenceStep),
            CommonOptions.Backend(),
            CommonOptions.Threads(),
        };
        ListingOptions.AddTo(command, OutputFormat.Table, OutputFormat.Csv, OutputFormat.Json);
        CommandRunner.SetAction(command, context =>
        {
            IReadOnlyList<GradientCheckRecord> records = context.PrintListing(new GradientCheckRecordMap(),
                sink => new GradientCheckOperation().Run(BuildOptions(context.Parse), sink, context.CancellationToken));
            return records.All(record => record.Passed) ? ExitCodes.Ok : ExitCodes.Failed;
        });
        return command;
    }

    /// <summary>The options record this command's arguments describe.</summary>
    public static GradientCheckOptions BuildOptions(ParseResult parse) => new()
    {
        ModelPath = parse.GetValue<string?>("--model"),
        BatchPath = parse.GetValue<string?>("--batch-file"),
        InputSize = parse.GetValue<int>("--input-size"),
        HiddenSize = parse.GetValue<int>("--hidden-size"),
        OutputSize = parse.GetValue<int>("--output-size"),
        Activation = parse.GetValue<Activation>("--activation"),
        OutputFunction = parse.GetValue<OutputFunction>("--output-function"),
        Length = parse.GetValue<int>("--length"),
        BatchSize = parse.GetValue<int>("--batch-size"),
        Seed = parse.GetValue<int>("--seed"),
        Tolerance = parse.GetValue<double>("--tolerance"),
        FiniteDifferenceStep = parse.GetValue<double>("--finite-difference-step"),
        Backend = parse.GetValue<Core.Backends.BackendKind>("--backend"),
        Threads = parse.GetValue<int?>("--threads"),
    };
}
