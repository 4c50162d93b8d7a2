using System.CommandLine;
using System.CommandLine.Parsing;
using RnnTools.Cli.Commands;
using RnnTools.Cli.Infrastructure;
using RnnTools.Core.Backends;

namespace RnnTools.Cli;

/// <summary>The <c>rnntools</c> command tree and its entry point.</summary>
public static class CliApplication
{
    /// <summary>
    /// How long Ctrl+C or SIGTERM waits for a command to finish after cancelling its token (System.CommandLine 2.0.0
    /// leaves termination unhandled by default, which would kill <c>train</c> before its checkpoint and summary).
    /// </summary>
    public static TimeSpan TerminationGrace { get; } = TimeSpan.FromMinutes(1);

    /// <summary>Builds the root command with every subcommand (also used by parser tests).</summary>
    public static RootCommand BuildRoot()
    {
        var root = new RootCommand("RnnTools: train and study recurrent networks on long-term-dependency tasks.")
        {
            CommonOptions.Verbose,
            CommonOptions.NoProgress,
        };
        root.Subcommands.Add(BackendCommand.Create());
        root.Subcommands.Add(TaskCommand.Create());
        root.Subcommands.Add(DatasetCommand.Create());
        root.Subcommands.Add(ExperimentCommand.Create());
        root.Subcommands.Add(BenchCommand.Create());
        root.Subcommands.Add(GradcheckCommand.Create());
        root.Subcommands.Add(MeasureGradientCommand.Create());
        root.Subcommands.Add(ModelCommand.Create());
        root.Subcommands.Add(SpectrumCommand.Create());
        root.Subcommands.Add(TrainCommand.Create());
        return root;
    }

    /// <summary>Parses and runs; parse errors are one line on stderr and exit code 2.</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        NativeLibraryResolver.RegisterFolder(AppContext.BaseDirectory);
        ParseResult parse = BuildRoot().Parse(args);
        if (parse.Errors.Count > 0)
        {
            Console.Error.WriteLine($"rnntools: {parse.Errors[0].Message} (see '{CommandPath(parse.CommandResult)} --help')");
            return ExitCodes.BadInput;
        }

        return await parse.InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = TerminationGrace });
    }

    /// <summary>"rnntools task sample" for the command a parse ended in.</summary>
    private static string CommandPath(CommandResult result)
    {
        var names = new List<string>();
        for (SymbolResult? current = result; current is not null; current = current.Parent)
        {
            if (current is CommandResult command)
            {
                names.Insert(0, command.Parent is null ? "rnntools" : command.Command.Name);
            }
        }

        return string.Join(' ', names);
    }
}
