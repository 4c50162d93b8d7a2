using System.Diagnostics;
using RnnTools.Core.Datasets;
using RnnTools.Core.Errors;
using RnnTools.Core.Tasks.ErrorRules;
using RnnTools.Core.Tasks.Generators;

namespace RnnTools.Core.Tasks;

/// <summary>Creates the task that <see cref="TaskOptions"/> select, with fresh streams seeded with <see cref="TaskOptions.Seed"/>.</summary>
public static class SequenceTaskFactory
{
    /// <summary>Validates the options and creates the task.</summary>
    /// <param name="options">The task options.</param>
    /// <param name="dataset">Music only: the dataset already loaded from <see cref="TaskOptions.Dataset"/>; null loads it.</param>
    /// <exception cref="RnnToolsException">
    /// <see cref="ErrorIds.InvalidHyperParameter"/> for invalid options; <see cref="ErrorIds.InvalidInputFile"/> for a bad dataset file.
    /// </exception>
    /// <exception cref="ArgumentException">A dataset is given for a task other than Music.</exception>
    public static ISequenceTask Create(TaskOptions options, PolyphonicDataset? dataset = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        if (dataset is not null && options.Task != TaskName.Music)
        {
            throw new ArgumentException($"A dataset is given for {options.Task}; only Music uses one.", nameof(dataset));
        }

        TaskDescription description = TaskCatalog.Describe(options);
        SequenceErrorRule rule = TaskCatalog.ErrorRule(options);
        uint seed = (uint)options.Seed;
        int length = options.Length, maxLength = options.EffectiveMaxLength();
        return (options.Task, options.Variant) switch
        {
            (TaskName.PreTrain, _) => new PreTrainTask(Create(options.InnerOptions()), description, rule),
            (TaskName.Music, _) => new MusicTask(description, rule, dataset ?? PolyphonicDatasetLoader.Load(options.Dataset!), options.SplitMode, options.CropLength, seed),
            (TaskName.Addition or TaskName.Multiplication or TaskName.Xor, TaskVariant.Galvan) => new GalvanMarkerTask(description, rule, length, seed),
            (TaskName.XorOneHot, TaskVariant.Galvan) => new GalvanXorOneHotTask(description, rule, length, seed),
            (TaskName.TemporalOrder, TaskVariant.Galvan) => new GalvanTemporalOrderTask(description, rule, length, options.Mode, seed),
            (TaskName.RandomPermutation, _) => new RandomPermutationTask(description, rule, length, maxLength, seed),
            (TaskName.Addition or TaskName.Multiplication, TaskVariant.Pascanu) => new PascanuArithmeticTask(description, rule, length, maxLength, seed),
            (TaskName.TemporalOrder or TaskName.TemporalOrder3, TaskVariant.Pascanu) => new PascanuTemporalOrderTask(description, rule, length, maxLength, seed),
            (TaskName.NoiselessMemorization, TaskVariant.Pascanu) => new PascanuMemorizationTask(description, rule, length, maxLength, options.NValues, options.NPos, seed),
            (TaskName.Addition or TaskName.Multiplication, TaskVariant.Hs1997) => new Hs1997ArithmeticTask(description, rule, length, seed),
            _ => throw new UnreachableException($"{options.Task} ({options.Variant}) passed validation but has no generator."),
        };
    }
}
