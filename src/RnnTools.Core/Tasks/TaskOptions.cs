using System.Globalization;
using RnnTools.Core.Errors;

namespace RnnTools.Core.Tasks;

/// <summary>
/// The options that select and configure a task (tasks.md §1.5), shared by <c>task sample</c>, <c>train</c> and
/// <c>New-RnnTask</c>. Options a task does not use keep their defaults; setting one that cannot apply is an error.
/// </summary>
public sealed record TaskOptions
{
    /// <summary>Default <see cref="Length"/>.</summary>
    public const int DefaultLength = 100;

    /// <summary>Default <see cref="BatchSize"/> of the synthetic tasks.</summary>
    public const int DefaultBatchSize = 100;

    /// <summary>Default <see cref="BatchSize"/> of <see cref="TaskName.Music"/>.</summary>
    public const int DefaultMusicBatchSize = 20;

    /// <summary>Default <see cref="Seed"/>.</summary>
    public const int DefaultSeed = 13;

    /// <summary>Default <see cref="NValues"/>.</summary>
    public const int DefaultNValues = 5;

    /// <summary>Default <see cref="NPos"/>.</summary>
    public const int DefaultNPos = 10;

    /// <summary>Default <see cref="CropLength"/>.</summary>
    public const int DefaultCropLength = 300;

    /// <summary>The task (required).</summary>
    public required TaskName Task { get; init; }

    /// <summary>The variant: galvan (default), pascanu or hs1997.</summary>
    public TaskVariant Variant { get; init; } = TaskVariant.Galvan;

    /// <summary>TemporalOrder mode of the Galvan variant: plain (default) or mixed.</summary>
    public TemporalOrderMode Mode { get; init; } = TemporalOrderMode.Plain;

    /// <summary>T_min (Galvan, hs1997) or the length argument ℓ (Pascanu), in steps.</summary>
    public int Length { get; init; } = DefaultLength;

    /// <summary>Pascanu variant: training lengths are drawn from [Length, MaxLength); null means Length.</summary>
    public int? MaxLength { get; init; }

    /// <summary>Sequences per training batch; null means 100 (music 20).</summary>
    public int? BatchSize { get; init; }

    /// <summary>The task seed of its NumPy-compatible streams.</summary>
    public int Seed { get; init; } = DefaultSeed;

    /// <summary>NoiselessMemorization: number of symbol values.</summary>
    public int NValues { get; init; } = DefaultNValues;

    /// <summary>NoiselessMemorization: number of pattern positions.</summary>
    public int NPos { get; init; } = DefaultNPos;

    /// <summary>The task PreTrain wraps (required with PreTrain); it takes every other option from this record.</summary>
    public TaskName? InnerTask { get; init; }

    /// <summary>Per-sequence error threshold of a threshold rule; null keeps the task's own.</summary>
    public double? ErrorThreshold { get; init; }

    /// <summary>Distance of a threshold rule, abs or squared; null keeps the task's own.</summary>
    public SequenceErrorKind? ErrorKind { get; init; }

    /// <summary>Pascanu variant: success only with zero errors (the code's rule) instead of &lt; 1 % (the paper's).</summary>
    public bool Strict { get; init; }

    /// <summary>Music: the dataset file, JSON or pickle (required with Music).</summary>
    public string? Dataset { get; init; }

    /// <summary>Music: how training batches are built, split (default) or full.</summary>
    public SplitMode SplitMode { get; init; } = SplitMode.Split;

    /// <summary>Music split mode: the longest crop, in steps.</summary>
    public int CropLength { get; init; } = DefaultCropLength;

    /// <summary>The batch size to use: <see cref="BatchSize"/>, or the task's default.</summary>
    public int EffectiveBatchSize() => BatchSize ?? (Task == TaskName.Music ? DefaultMusicBatchSize : DefaultBatchSize);

    /// <summary>The exclusive upper end of Pascanu training lengths: <see cref="MaxLength"/>, or <see cref="Length"/>.</summary>
    public int EffectiveMaxLength() => MaxLength ?? Length;

    /// <summary>The options of PreTrain's inner task: this record with the inner task and without PreTrain's own rule.</summary>
    /// <exception cref="InvalidOperationException">The task is not PreTrain or has no inner task.</exception>
    public TaskOptions InnerOptions() => Task == TaskName.PreTrain && InnerTask is { } inner
        ? this with { Task = inner, InnerTask = null, ErrorThreshold = null, ErrorKind = null }
        : throw new InvalidOperationException("Only PreTrain with an inner task has inner options.");

    /// <summary>Checks every option against its limits and against the task.</summary>
    /// <exception cref="RnnToolsException"><see cref="ErrorIds.InvalidHyperParameter"/> naming the option at fault.</exception>
    public void Validate()
    {
        Defined(Task, nameof(Task));
        Defined(Variant, nameof(Variant));
        Defined(Mode, nameof(Mode));
        Defined(SplitMode, nameof(SplitMode));
        if (ErrorKind is { } kind)
        {
            Defined(kind, nameof(ErrorKind));
        }

        Range(nameof(BatchSize), EffectiveBatchSize(), TaskLimits.MinBatchSize, TaskLimits.MaxBatchSize);
        Range(nameof(Seed), Seed, TaskLimits.MinSeed, TaskLimits.MaxSeed);
        Range(nameof(CropLength), CropLength, TaskLimits.MinCropLength, TaskLimits.MaxCropLength);
        Range(nameof(NValues), NValues, TaskLimits.MinNValues, TaskLimits.MaxNValues);
        Range(nameof(NPos), NPos, TaskLimits.MinNPos, TaskLimits.MaxNPos);
        if (ErrorThreshold is { } threshold && !(threshold >= TaskLimits.MinErrorThreshold && threshold <= TaskLimits.MaxErrorThreshold))
        {
            throw Invalid(nameof(ErrorThreshold), string.Create(CultureInfo.InvariantCulture,
                $"{threshold} is outside {TaskLimits.MinErrorThreshold}..{TaskLimits.MaxErrorThreshold}."));
        }

        if ((ErrorThreshold is not null || ErrorKind is not null) && !TaskCatalog.HasThresholdRule(Task))
        {
            throw Invalid(ErrorThreshold is not null ? nameof(ErrorThreshold) : nameof(ErrorKind),
                $"{Task} has no threshold error rule; ErrorThreshold and ErrorKind apply to Addition, Multiplication and PreTrain.");
        }

        if (InnerTask is not null && Task != TaskName.PreTrain)
        {
            throw Invalid(nameof(InnerTask), $"applies only to PreTrain, not to {Task}.");
        }

        if (Dataset is not null && Task != TaskName.Music)
        {
            throw Invalid(nameof(Dataset), $"applies only to Music, not to {Task}.");
        }

        if (Task == TaskName.PreTrain)
        {
            ValidateInner();
            return;
        }

        ValidateGenerator();
    }

    private void ValidateInner()
    {
        if (InnerTask is not { } inner)
        {
            throw Invalid(nameof(InnerTask), "PreTrain needs the task it wraps (InnerTask / --inner-task).");
        }

        Defined(inner, nameof(InnerTask));
        if (inner is TaskName.PreTrain or TaskName.Music)
        {
            throw Invalid(nameof(InnerTask), $"PreTrain wraps a synthetic task; {inner} cannot be wrapped.");
        }

        InnerOptions().ValidateGenerator();
    }

    private void ValidateGenerator()
    {
        if (!TaskCatalog.Defines(Task, Variant))
        {
            throw Invalid(nameof(Variant), $"{Task} does not define the {TaskCatalog.VariantName(Variant)} variant; it defines {string.Join(" and ", TaskCatalog.VariantsOf(Task).Select(TaskCatalog.VariantName))}.");
        }

        if (Mode != TemporalOrderMode.Plain && !(Task == TaskName.TemporalOrder && Variant == TaskVariant.Galvan))
        {
            throw Invalid(nameof(Mode), "the mixed mode applies only to the galvan variant of TemporalOrder.");
        }

        if (Strict && Variant != TaskVariant.Pascanu)
        {
            throw Invalid(nameof(Strict), "applies only to the pascanu variant.");
        }

        if (Task == TaskName.Music)
        {
            if (string.IsNullOrWhiteSpace(Dataset))
            {
                throw Invalid(nameof(Dataset), "Music needs a dataset file (Dataset / --dataset).");
            }

            return;
        }

        int minimum = TaskCatalog.MinimumLength(Task, Variant);
        Range(nameof(Length), Length, Math.Max(minimum, TaskLimits.MinLength), TaskLimits.MaxLength,
            minimum > TaskLimits.MinLength ? $" ({Task} needs at least {minimum} steps in the {TaskCatalog.VariantName(Variant)} variant)" : string.Empty);
        if (Variant == TaskVariant.Pascanu)
        {
            Range(nameof(MaxLength), EffectiveMaxLength(), Length, TaskLimits.MaxLength, " (lengths are drawn from [Length, MaxLength))");
        }
        else if (MaxLength is { } max && max != Length)
        {
            throw Invalid(nameof(MaxLength), "applies only to the pascanu variant.");
        }

        if (Task == TaskName.NoiselessMemorization && Math.Pow(NValues, NPos) > TaskLimits.MaxPatterns)
        {
            throw Invalid(nameof(NPos), string.Create(CultureInfo.InvariantCulture,
                $"NValues^NPos = {NValues}^{NPos} exceeds {TaskLimits.MaxPatterns} patterns."));
        }

        long values = (long)TaskCatalog.LongestArray(this) * Math.Max(TaskCatalog.InputSize(this), TaskCatalog.OutputSize(this)) * EffectiveBatchSize();
        if (values > Array.MaxLength)
        {
            throw Invalid(nameof(BatchSize), string.Create(CultureInfo.InvariantCulture,
                $"a batch of {EffectiveBatchSize()} sequences of up to {TaskCatalog.LongestArray(this)} steps would need {values} values per array (at most {Array.MaxLength})."));
        }
    }

    private static void Defined<TEnum>(TEnum value, string name)
        where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            throw Invalid(name, $"'{value}' is not one of {string.Join(", ", Enum.GetNames<TEnum>())}.");
        }
    }

    private static void Range(string name, int value, int min, int max, string why = "")
    {
        if (value < min || value > max)
        {
            throw Invalid(name, string.Create(CultureInfo.InvariantCulture, $"{value} is outside {min}..{max}{why}."));
        }
    }

    private static RnnToolsException Invalid(string name, string message) => RnnToolsException.InvalidParameter(name, message);
}
