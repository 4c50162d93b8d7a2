using System.CommandLine;
using RnnTools.Cli.Infrastructure;
using RnnTools.Core.Operations.Performance;

namespace RnnTools.Cli.Commands;

/// <summary><c>rnntools bench</c>: times the benchmark workloads (twin of Measure-RnnPerformance).</summary>
public static class BenchCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var command = new Command("bench", "Time training iterations (forward, BPTT, temporal norms, clipping, SGD; float32) of the benchmark workloads.")
        {
            new Option<string[]>("--workload")
            {
                Description = $"Workloads: {string.Join(", ", PerformanceWorkload.Standard.Select(w => w.Name))} (default: all).",
                AllowMultipleArgumentsPerToken = true,
                DefaultValueFactory = _ => [.. new PerformanceOptions().Workload],
                CustomParser = result => [.. result.Tokens.SelectMany(t => t.Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))],
            },
            CommonOptions.Backend(),
            CommonOptions.Threads(),
            NumberOptions.Double("--seconds", "Measuring time per workload in seconds, after a warm-up of up to 1 s (default 3).", new PerformanceOptions().Seconds),
        };
        ListingOptions.AddTo(command, OutputFormat.Table, OutputFormat.Csv, OutputFormat.Json);
        CommandRunner.SetAction(command, context =>
        {
            context.PrintListing(new PerformanceRecordMap(), sink => new PerformanceOperation().Run(BuildOptions(context.Parse), sink, context.CancellationToken));
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>The options record this command's arguments describe.</summary>
    public static PerformanceOptions BuildOptions(ParseResult parse) => new()
    {
        Workload = [.. parse.GetValue<string[]>("--workload") ?? []],
        Backend = parse.GetValue<Core.Backends.BackendKind>("--backend"),
        Threads = parse.GetValue<int?>("--threads"),
        Seconds = parse.GetValue<double>("--seconds"),
    };
}
