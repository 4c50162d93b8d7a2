using System.CommandLine;
using RnnTools.Core.Tasks;

namespace RnnTools.Cli.Infrastructure;

/// <summary>
/// The task options of tasks.md §1.5 as CLI options (<c>--task</c>, <c>--variant</c>, …, <c>--crop-length</c>), shared
/// by every subcommand that selects a task, and their reading into a <see cref="TaskOptions"/> record.
/// </summary>
public static class TaskOptionSet
{
    /// <summary>Fresh instances of the task options, to add to one command.</summary>
    public static IReadOnlyList<Option> Create() =>
    [
        new Option<TaskName>("--task")
        {
            Description = "The task: " + string.Join(", ", Enum.GetNames<TaskName>()) + ".",
            HelpName = "name",
            Required = true,
            CustomParser = result => CommonOptions.Parse(result, "--task", text => EnumOptions.Parse<TaskName>(text, "--task", pascalCase: true)),
        },
        EnumOptions.Create("--variant", "Task variant.", TaskVariant.Galvan),
        EnumOptions.Create("--mode", "TemporalOrder mode of the galvan variant.", TemporalOrderMode.Plain),
        new Option<int>("--length") { Description = "T_min (galvan, hs1997) or the length argument (pascanu), in steps.", DefaultValueFactory = _ => TaskOptions.DefaultLength },
        new Option<int?>("--max-length") { Description = "pascanu variant: training lengths are drawn from [length, max-length) (default: length)." },
        new Option<int?>("--batch-size") { Description = $"Sequences per batch (default {TaskOptions.DefaultBatchSize}; Music {TaskOptions.DefaultMusicBatchSize})." },
        new Option<int>("--seed") { Description = "Task seed.", DefaultValueFactory = _ => TaskOptions.DefaultSeed },
        new Option<int>("--n-values") { Description = "NoiselessMemorization: symbol values.", DefaultValueFactory = _ => TaskOptions.DefaultNValues },
        new Option<int>("--n-pos") { Description = "NoiselessMemorization: pattern positions.", DefaultValueFactory = _ => TaskOptions.DefaultNPos },
        EnumOptions.Optional<TaskName>("--inner-task", "PreTrain: the task it wraps (required with PreTrain).", pascalCase: true),
        NumberOptions.OptionalDouble("--error-threshold", "Per-sequence error threshold of Addition, Multiplication and PreTrain (default: the task's own, 0.04)."),
        EnumOptions.Optional<SequenceErrorKind>("--error-kind", "Distance of the threshold rule, abs or squared (default: the task's own)."),
        new Option<bool>("--strict") { Description = "pascanu variant: success only with zero errors." },
        new Option<string?>("--dataset") { Description = "Music: the dataset file, JSON or pickle (required with Music)." },
        EnumOptions.Create("--split-mode", "Music training batches.", SplitMode.Split),
        new Option<int>("--crop-length") { Description = "Music split mode: the longest crop, in steps.", DefaultValueFactory = _ => TaskOptions.DefaultCropLength },
    ];

    /// <summary>The task options a parse result holds (the command must have the options of <see cref="Create"/>).</summary>
    public static TaskOptions Build(ParseResult parse) => new()
    {
        Task = parse.GetValue<TaskName>("--task"),
        Variant = parse.GetValue<TaskVariant>("--variant"),
        Mode = parse.GetValue<TemporalOrderMode>("--mode"),
        Length = parse.GetValue<int>("--length"),
        MaxLength = parse.GetValue<int?>("--max-length"),
        BatchSize = parse.GetValue<int?>("--batch-size"),
        Seed = parse.GetValue<int>("--seed"),
        NValues = parse.GetValue<int>("--n-values"),
        NPos = parse.GetValue<int>("--n-pos"),
        InnerTask = parse.GetValue<TaskName?>("--inner-task"),
        ErrorThreshold = parse.GetValue<double?>("--error-threshold"),
        ErrorKind = parse.GetValue<SequenceErrorKind?>("--error-kind"),
        Strict = parse.GetValue<bool>("--strict"),
        Dataset = parse.GetValue<string?>("--dataset"),
        SplitMode = parse.GetValue<SplitMode>("--split-mode"),
        CropLength = parse.GetValue<int>("--crop-length"),
    };
}
