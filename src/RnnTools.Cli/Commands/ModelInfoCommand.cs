using System.CommandLine;
using RnnTools.Cli.Infrastructure;
using RnnTools.Core.Operations.Models;

namespace RnnTools.Cli.Commands;

/// <summary><c>rnntools model info</c>: sizes, functions, ρ and singular-value statistics of a model file.</summary>
public static class ModelInfoCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var command = new Command("info", "Describe a model file: sizes, activation, output, precision, Rho and singular values of W_rec.")
        {
            new Option<string>("--model") { Description = "The model file.", Required = true },
        };
        ListingOptions.AddTo(command, OutputFormat.Table, OutputFormat.Csv, OutputFormat.Json);
        CommandRunner.SetAction(command, context =>
        {
            context.PrintListing(new ModelInfoRecordMap(), sink => new ModelInfoOperation().Run(BuildOptions(context.Parse), sink, context.CancellationToken));
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>The options record this command's arguments describe.</summary>
    public static ModelInfoOptions BuildOptions(ParseResult parse) => new() { ModelPath = parse.GetValue<string>("--model") ?? string.Empty };
}
