using System.CommandLine;

namespace RnnTools.Cli.Commands;

/// <summary><c>rnntools model</c>: create (<c>new</c>) and describe (<c>info</c>) model files.</summary>
public static class ModelCommand
{
    /// <summary>Creates the command with its subcommands.</summary>
    public static Command Create() => new("model", "Create and describe model files (training.md §15).")
    {
        ModelNewCommand.Create(),
        ModelInfoCommand.Create(),
    };
}
