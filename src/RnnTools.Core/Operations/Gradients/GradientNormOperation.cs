using System.Globalization;
using RnnTools.Core.Backends;
using RnnTools.Core.Errors;
using RnnTools.Core.Model;
using RnnTools.Core.Numerics;
using RnnTools.Core.Operations.Models;
using RnnTools.Core.Tasks;

namespace RnnTools.Core.Operations.Gradients;

/// <summary>
/// Measure-GradientNorm: draws the first batch of a fresh task (no validation set first, tasks.md §1.5), then per
/// spectral radius initialises a model for the task (or takes the given one) and emits one
/// <see cref="GradientNormRecord"/> per step, through the same core call as <c>measure-gradient</c>
/// (<see cref="GradientSteps.Measure"/>).
/// </summary>
/// <param name="clock">The time source of the Timestamp column (the system clock by default).</param>
public sealed class GradientNormOperation(TimeProvider? clock = null)
{
    private const string Activity = "Measure-GradientNorm";
    private readonly TimeProvider time = clock ?? TimeProvider.System;

    /// <summary>Emits the rows of every step for every spectral radius (or for the given model), radius by radius.</summary>
    /// <exception cref="RnnToolsException">An invalid option, an unreadable or mismatched file, or an unavailable backend.</exception>
    public void Run(GradientNormOptions options, IOperationSink<GradientNormRecord> sink, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(sink);
        options.Validate();
        TaskOptions task = options.ToTaskOptions();
        StoredModel? given = ModelInputs.Resolve(options.Model, options.ModelPath);
        Batch batch = SequenceTaskFactory.Create(task).NextBatch(task.EffectiveBatchSize());
        if (given is not null)
        {
            CheckFits(given, batch, options);
            WarnIgnoredInitialization(options, sink);
        }

        BackendSelection selection = BackendRegistry.Select(options.Backend, options.Threads);
        sink.Verbose(selection.Explanation);
        string models = given is null
            ? $"fresh {options.InitPreset} models, SpectralRadius={string.Join(",", options.SpectralRadius.Select(InvariantNumber.Format))}"
            : "the given model";
        sink.Verbose(string.Create(CultureInfo.InvariantCulture,
            $"{task.Task} ({TaskCatalog.VariantName(task.Variant)}), Length={task.Length}, Seed={task.Seed}: first batch T={batch.Length}, B={batch.BatchSize}; {models}"));
        double?[] radii = given is null ? [.. options.SpectralRadius.Select(radius => (double?)radius)] : [null];
        string backend = BackendSelector.Name(selection.Backend.Kind);
        for (int index = 0; index < radii.Length; index++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            StoredModel model = given ?? NewModelOperation.Create(options.ToModelOptions(radii[index]!.Value));
            Precision precision = options.Precision ?? model.Precision;
            IReadOnlyList<GradientStepRecord> steps = GradientSteps.Measure(selection.Backend, model, batch, precision);
            Provenance provenance = Provenance.Of(selection.Backend, time);
            foreach (GradientStepRecord step in steps)
            {
                sink.Emit(Row(options, task, batch, model, given is null ? radii[index] : null, precision, backend, step, provenance));
            }

            sink.Report(new ProgressUpdate(Activity, radii[index] is { } radius
                    ? string.Create(CultureInfo.InvariantCulture, $"SpectralRadius={radius}: loss {steps[0].Loss:G6}, |g| {steps[0].GradNorm:G6}")
                    : string.Create(CultureInfo.InvariantCulture, $"given model: loss {steps[0].Loss:G6}, |g| {steps[0].GradNorm:G6}"),
                index + 1, radii.Length, null, Milestone: true, Completed: index + 1 == radii.Length));
        }
    }

    private static GradientNormRecord Row(GradientNormOptions options, TaskOptions task, Batch batch, StoredModel model, double? radius,
        Precision precision, string backend, GradientStepRecord step, Provenance provenance)
    {
        bool fresh = radius is not null;
        return new GradientNormRecord(task.Task, task.Variant, task.Mode, task.Length, batch.BatchSize, task.Seed, task.NValues, task.NPos,
            task.InnerTask, task.Dataset, task.SplitMode, task.CropLength, model.HiddenSize, model.Activation,
            fresh ? options.InitPreset : null, radius, fresh ? options.WRecInit : null, fresh ? options.WInInit : null, fresh ? options.WOutInit : null,
            precision, backend, step.Step, step.NormFull, step.NormWRec, step.NormWIn, step.NormBRec, step.NormWOut, step.NormBOut, step.Cos,
            step.Loss, step.GradNorm, provenance.BackendDescription, provenance.ToolVersion, provenance.GitCommit, provenance.Timestamp);
    }

    private static void CheckFits(StoredModel model, Batch batch, GradientNormOptions options)
    {
        if (ModelInputs.Mismatch(model.Model.Shape, batch) is not { } problem)
        {
            return;
        }

        string message = $"the {options.Task} batch does not fit the model: {problem}";
        throw options.Model is null ? RnnToolsException.InvalidFile(options.ModelPath!, message) : RnnToolsException.InvalidParameter(nameof(options.Model), message, options);
    }

    private static void WarnIgnoredInitialization(GradientNormOptions options, IOperationSink<GradientNormRecord> sink)
    {
        var defaults = new GradientNormOptions { Task = options.Task };
        if (!options.SpectralRadius.SequenceEqual(defaults.SpectralRadius) || options.InitPreset != defaults.InitPreset
            || options.WRecInit is not null || options.WInInit is not null || options.WOutInit is not null)
        {
            sink.Warning("SpectralRadius, InitPreset and the initialiser overrides are ignored: a model is given.");
        }
    }
}
