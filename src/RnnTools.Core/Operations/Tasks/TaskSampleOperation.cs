using System.Globalization;
using RnnTools.Core.Tasks;

namespace RnnTools.Core.Operations.Tasks;

/// <summary>
/// The first training batch of a fresh task (tasks.md §1.5): no validation set is drawn first, so with the Galvan
/// variant it equals the first batch of the original generator, and with the Pascanu variant it equals
/// <c>Task(RandomState(seed)).generate(B, Length)</c> (MaxLength is validated, then ignored: the sample uses Length).
/// </summary>
public sealed class TaskSampleOperation
{
    /// <summary>Emits one <see cref="TaskSample"/> of <see cref="TaskOptions.EffectiveBatchSize"/> sequences.</summary>
    public void Run(TaskOptions options, IOperationSink<TaskSample> sink, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(sink);
        options.Validate();
        if (options.EffectiveMaxLength() != options.Length)
        {
            sink.Warning(string.Create(CultureInfo.InvariantCulture,
                $"MaxLength={options.MaxLength} is ignored: task sample uses Length={options.Length} as the batch length argument."));
        }

        ISequenceTask task = SequenceTaskFactory.Create(options with { MaxLength = null });
        BatchIdentity identity = Identity(options);
        sink.Verbose(string.Create(CultureInfo.InvariantCulture,
            $"task {identity.Task}, variant {identity.Variant}, Length={options.Length}, BatchSize={options.EffectiveBatchSize()}, Seed={options.Seed}"));
        cancellationToken.ThrowIfCancellationRequested();
        sink.Emit(new TaskSample(task.NextBatch(options.EffectiveBatchSize()), identity));
    }

    /// <summary>The identity a batch file records for these options.</summary>
    public static BatchIdentity Identity(TaskOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        string name = options.Task == TaskName.PreTrain ? $"{options.Task}({options.InnerTask})" : options.Task.ToString();
        string? mode = options.Task == TaskName.Music
            ? options.SplitMode.ToString().ToLowerInvariant()
            : TaskCatalog.Describe(options).Mode?.ToString().ToLowerInvariant();
        return new BatchIdentity(name, TaskCatalog.VariantName(options.Variant), mode,
            options.Task == TaskName.Music ? null : options.Length, options.Seed);
    }
}
