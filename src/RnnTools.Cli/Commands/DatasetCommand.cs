using System.CommandLine;

namespace RnnTools.Cli.Commands;

/// <summary><c>rnntools dataset</c>: the dataset subcommand <c>info</c>.</summary>
public static class DatasetCommand
{
    /// <summary>Creates the command group.</summary>
    public static Command Create()
    {
        var command = new Command("dataset", "Inspect polyphonic music datasets (JSON or pickle).");
        command.Subcommands.Add(DatasetInfoCommand.Create());
        return command;
    }
}
