using System.CommandLine;
using RnnTools.Cli.Infrastructure;
using RnnTools.Core.Operations.Spectrum;

namespace RnnTools.Cli.Commands;

/// <summary><c>rnntools spectrum</c>: spectral statistics and Jacobian products of a model (twin of Get-RnnSpectrum).</summary>
public static class SpectrumCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var command = new Command("spectrum",
            "Rho, singular values and Hochreiter's tau of W_rec; with --batch-file also the Jacobian norms ||da_t/da_k|| per step k (t = last step).")
        {
            new Option<string>("--model") { Description = "The model file.", Required = true },
            new Option<string?>("--batch-file") { Description = "A batch file (JSON) for the Jacobian products." },
            CommonOptions.Backend(),
            CommonOptions.Threads(),
        };
        ListingOptions.AddTo(command, OutputFormat.Table, OutputFormat.Csv, OutputFormat.Json);
        CommandRunner.SetAction(command, context =>
        {
            context.PrintListing(new SpectrumRecordMap(), sink => new SpectrumOperation().Run(BuildOptions(context.Parse), sink, context.CancellationToken));
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>The options record this command's arguments describe.</summary>
    public static SpectrumOptions BuildOptions(ParseResult parse) => new()
    {
        ModelPath = parse.GetValue<string>("--model") ?? string.Empty,
        BatchPath = parse.GetValue<string?>("--batch-file"),
        Backend = parse.GetValue<Core.Backends.BackendKind>("--backend"),
        Threads = parse.GetValue<int?>("--threads"),
    };
}
