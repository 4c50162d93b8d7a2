using RnnTools.Core.Tasks;

namespace RnnTools.Core.Operations.Tasks;

/// <summary>Lists every task, variant and TemporalOrder mode with its sizes, loss and rules (tasks.md §2–5).</summary>
public sealed class TaskListOperation
{
    /// <summary>Emits one <see cref="TaskInfoRecord"/> per task variant (and mode).</summary>
    public void Run(TaskListOptions options, IOperationSink<TaskInfoRecord> sink, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(sink);
        foreach (TaskName task in Enum.GetValues<TaskName>().Where(task => options.Task is null || options.Task == task))
        {
            foreach (TaskVariant variant in TaskCatalog.VariantsOf(task))
            {
                cancellationToken.ThrowIfCancellationRequested();
                bool modes = task == TaskName.TemporalOrder && variant == TaskVariant.Galvan;
                foreach (TemporalOrderMode mode in modes ? Enum.GetValues<TemporalOrderMode>() : [TemporalOrderMode.Plain])
                {
                    sink.Emit(ToRecord(new TaskOptions { Task = task, Variant = variant, Mode = mode, InnerTask = task == TaskName.PreTrain ? TaskName.Addition : null }));
                }
            }
        }
    }

    private static TaskInfoRecord ToRecord(TaskOptions options)
    {
        TaskDescription description = TaskCatalog.Describe(options);
        bool wrapper = options.Task == TaskName.PreTrain;
        string success = description.Success switch
        {
            null => "none: judged by the validation loss",
            { } rule when options.Variant == TaskVariant.Pascanu => $"{rule} (with Strict: {SuccessCriterion.Strict})",
            { } rule => rule.ToString(),
        };
        return new TaskInfoRecord(description.Name, description.Variant, wrapper ? null : description.Mode,
            wrapper ? null : description.InputSize, wrapper ? null : description.OutputSize, description.OutputFunction,
            description.LossKind, wrapper || options.Task == TaskName.Music ? null : TaskCatalog.MinimumLength(options.Task, options.Variant),
            description.ErrorRule, success);
    }
}
