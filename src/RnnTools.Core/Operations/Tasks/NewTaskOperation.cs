using System.Globalization;
using RnnTools.Core.Tasks;

namespace RnnTools.Core.Operations.Tasks;

/// <summary>
/// Creates a task object (New-RnnTask): the task options, checked by building the task's generator (for Music this
/// loads the dataset), emitted as they are so that their properties bind by name to the parameters of the cmdlets
/// that take a task. The CLI twin is <c>task sample</c>, which prints the first batch of the same options.
/// </summary>
public sealed class NewTaskOperation
{
    /// <summary>Emits the options once they are known to select a valid task.</summary>
    /// <exception cref="Errors.RnnToolsException">An invalid option or an unreadable dataset file.</exception>
    public void Run(TaskOptions options, IOperationSink<TaskOptions> sink, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(sink);
        ISequenceTask task = SequenceTaskFactory.Create(options);
        TaskDescription description = task.Description;
        sink.Verbose(string.Create(CultureInfo.InvariantCulture,
            $"task {description.Name} ({TaskCatalog.VariantName(description.Variant)}), n_in={description.InputSize}, n_out={description.OutputSize}, {description.OutputFunction}, Length={options.Length}, BatchSize={options.EffectiveBatchSize()}, Seed={options.Seed}"));
        cancellationToken.ThrowIfCancellationRequested();
        sink.Emit(options);
    }
}
