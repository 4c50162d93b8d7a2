using System.CommandLine;

namespace RnnTools.Cli.Commands;

/// <summary><c>rnntools experiment</c>: the reproduction sweeps (list, run, status, merge, slurm).</summary>
public static class ExperimentCommand
{
    /// <summary>Creates the command group.</summary>
    public static Command Create()
    {
        var command = new Command("experiment", "Reproduce the published tables and figures: list the experiments, run or continue a sweep, show its status, export it to Slurm.");
        command.Subcommands.Add(ExperimentListCommand.Create());
        command.Subcommands.Add(ExperimentRunCommand.Create());
        command.Subcommands.Add(ExperimentStatusCommand.Create());
        command.Subcommands.Add(ExperimentMergeCommand.Create());
        command.Subcommands.Add(ExperimentSlurmCommand.Create());
        return command;
    }
}
