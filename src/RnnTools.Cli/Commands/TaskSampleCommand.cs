using System.CommandLine;
using RnnTools.Cli.Infrastructure;
using RnnTools.Core.Operations.Tasks;
using RnnTools.Core.Tasks;

namespace RnnTools.Cli.Commands;

/// <summary>
/// <c>rnntools task sample</c>: the first training batch of a fresh task (tasks.md §1.5) as batch JSON (tasks.md §1.2,
/// what <c>measure-gradient --batch-file</c> reads) or as text.
/// </summary>
public static class TaskSampleCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var command = new Command("sample", "Print the first training batch of a fresh task (no validation set drawn first).");
        foreach (Option option in TaskOptionSet.Create())
        {
            command.Options.Add(option);
        }

        command.Options.Add(CommonOptions.Format(OutputFormat.Json, OutputFormat.Text));
        command.Options.Add(CommonOptions.Out("Write the batch to this file instead of stdout."));
        command.Options.Add(CommonOptions.NoClobber());
        CommandRunner.SetAction(command, context =>
        {
            TaskSample? sample = null;
            new TaskSampleOperation().Run(BuildOptions(context.Parse), context.Sink<TaskSample>(s => sample = s), context.CancellationToken);
            Write(sample!, context.Value<OutputFormat>("--format"), context.Parse.GetValue<string?>("--out"), context.Value<bool>("--no-clobber"), context.Output);
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>The options record this command's arguments describe.</summary>
    public static TaskOptions BuildOptions(ParseResult parse) => TaskOptionSet.Build(parse);

    private static void Write(TaskSample sample, OutputFormat format, string? path, bool noClobber, TextWriter stdout)
    {
        if (path is null)
        {
            Print(sample, format, stdout);
            return;
        }

        using StreamWriter writer = OutputFile.CreateText(path, noClobber);
        Print(sample, format, writer);
    }

    private static void Print(TaskSample sample, OutputFormat format, TextWriter output)
    {
        if (format == OutputFormat.Text)
        {
            BatchTextPrinter.Print(sample.Batch, sample.Identity, output);
        }
        else
        {
            output.WriteLine(BatchFile.ToJson(sample.Batch, sample.Identity));
        }
    }
}
