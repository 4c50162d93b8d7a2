using RnnTools.Core.Datasets;
using RnnTools.Core.Model;
using RnnTools.Core.Tasks.ErrorRules;

namespace RnnTools.Core.Tasks;

/// <summary>
/// The facts about every task that do not need a generator: the variants each defines, minimum lengths, sizes, output
/// function, loss, error rule and success rule (tasks.md §2–5). The generators take their sizes and rules from here.
/// </summary>
public static class TaskCatalog
{
    /// <summary>The default threshold of the threshold error rules (0.04).</summary>
    public const double DefaultErrorThreshold = 0.04;

    private const int MarkerMinimumLength = 10;
    private const int Hs1997MinimumLength = 20;

    /// <summary>The variants a task defines (PreTrain: those its inner task defines; Music: galvan and pascanu).</summary>
    public static IReadOnlyList<TaskVariant> VariantsOf(TaskName task) => task switch
    {
        TaskName.Addition or TaskName.Multiplication or TaskName.PreTrain => [TaskVariant.Galvan, TaskVariant.Pascanu, TaskVariant.Hs1997],
        TaskName.Xor or TaskName.XorOneHot => [TaskVariant.Galvan],
        TaskName.TemporalOrder or TaskName.RandomPermutation or TaskName.Music => [TaskVariant.Galvan, TaskVariant.Pascanu],
        TaskName.TemporalOrder3 or TaskName.NoiselessMemorization => [TaskVariant.Pascanu],
        _ => throw new ArgumentOutOfRangeException(nameof(task), task, "Unknown task."),
    };

    /// <summary>Whether <paramref name="task"/> defines <paramref name="variant"/>.</summary>
    public static bool Defines(TaskName task, TaskVariant variant) => VariantsOf(task).Contains(variant);

    /// <summary>
    /// The smallest <c>Length</c> a generator accepts: 10 where ⌊0.1·L⌋ is a draw range, 20 for hs1997 (its second mark
    /// needs ⌊T_min/2⌋ − 1 candidates), 1 for Pascanu's permutation and memorisation, Music and PreTrain (its inner task decides).
    /// </summary>
    public static int MinimumLength(TaskName task, TaskVariant variant) => (task, variant) switch
    {
        (TaskName.Music or TaskName.PreTrain, _) => TaskLimits.MinLength,
        (_, TaskVariant.Hs1997) => Hs1997MinimumLength,
        (TaskName.RandomPermutation or TaskName.NoiselessMemorization, TaskVariant.Pascanu) => TaskLimits.MinLength,
        _ => MarkerMinimumLength,
    };

    /// <summary>The lower-case name of a variant as the CLI and batch files spell it (galvan, pascanu, hs1997).</summary>
    public static string VariantName(TaskVariant variant) => variant switch
    {
        TaskVariant.Galvan => "galvan",
        TaskVariant.Pascanu => "pascanu",
        TaskVariant.Hs1997 => "hs1997",
        _ => throw new ArgumentOutOfRangeException(nameof(variant), variant, "Unknown variant."),
    };

    /// <summary>Whether the task's error rule compares a distance with a threshold (so ErrorThreshold and ErrorKind apply).</summary>
    public static bool HasThresholdRule(TaskName task) => task is TaskName.Addition or TaskName.Multiplication or TaskName.PreTrain;

    /// <summary>The description of the task the (valid) options select; music needs no dataset for it.</summary>
    public static TaskDescription Describe(TaskOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        OutputFunction output = OutputFunctionOf(options.Task);
        return new TaskDescription(options.Task, options.Variant, ModeOf(options),
            options.Task == TaskName.PreTrain ? options.InnerTask : null,
            InputSize(options), OutputSize(options), output, LossOf(output), ErrorRule(options).Describe(), SuccessOf(options));
    }

    /// <summary>n_in of the task.</summary>
    internal static int InputSize(TaskOptions options) => options.Task switch
    {
        TaskName.Addition or TaskName.Multiplication or TaskName.Xor or TaskName.XorOneHot => 2,
        TaskName.TemporalOrder or TaskName.TemporalOrder3 => 6,
        TaskName.RandomPermutation => 100,
        TaskName.NoiselessMemorization => options.NValues + 2,
        TaskName.PreTrain => InputSize(options.InnerOptions()),
        TaskName.Music => PianoRoll.Keys,
        _ => throw new ArgumentOutOfRangeException(nameof(options), options.Task, "Unknown task."),
    };

    /// <summary>n_out of the task (PreTrain: n_in of its inner task).</summary>
    internal static int OutputSize(TaskOptions options) => options.Task switch
    {
        TaskName.Addition or TaskName.Multiplication or TaskName.Xor => 1,
        TaskName.XorOneHot => 2,
        TaskName.TemporalOrder => 4,
        TaskName.TemporalOrder3 => 8,
        TaskName.RandomPermutation => 100,
        TaskName.NoiselessMemorization => options.NValues + 1,
        TaskName.PreTrain => InputSize(options.InnerOptions()),
        TaskName.Music => PianoRoll.Keys,
        _ => throw new ArgumentOutOfRangeException(nameof(options), options.Task, "Unknown task."),
    };

    /// <summary>An upper bound on the array length T of a batch of a synthetic task (for the size check of Validate).</summary>
    internal static int LongestArray(TaskOptions options)
    {
        int length = options.Variant == TaskVariant.Pascanu ? Math.Max(options.Length, options.EffectiveMaxLength() - 1) : options.Length;
        return options.Task switch
        {
            TaskName.NoiselessMemorization => length + (2 * options.NPos),
            TaskName.PreTrain => LongestArray(options.InnerOptions()),
            _ => length + (length / 10),
        };
    }

    /// <summary>The error rule of the task, with ErrorThreshold and ErrorKind applied.</summary>
    internal static SequenceErrorRule ErrorRule(TaskOptions options) => options.Task switch
    {
        TaskName.Addition or TaskName.Multiplication or TaskName.PreTrain => ThresholdRule(options),
        TaskName.Xor => new SignErrorRule(),
        TaskName.NoiselessMemorization => new ArgmaxSequenceErrorRule(),
        TaskName.Music => new BernoulliNllErrorRule(),
        _ => new ArgmaxPairErrorRule(),
    };

    private static ThresholdErrorRule ThresholdRule(TaskOptions options)
    {
        // Galvan: Addition |t−y| > 0.04, Multiplication (t−y)² > 0.04 (kept as the original wrote it), PreTrain Σ|t−y| > 0.04;
        // Pascanu: (t−y)² > 0.04; hs1997: |t−y| ≥ 0.04 (tasks.md §2.2, §2.6, §3.2, §4).
        SequenceErrorKind kind = (options.Task, options.Variant) switch
        {
            (TaskName.PreTrain, _) or (_, TaskVariant.Hs1997) or (TaskName.Addition, TaskVariant.Galvan) => SequenceErrorKind.Abs,
            _ => SequenceErrorKind.Squared,
        };
        bool inclusive = options.Task != TaskName.PreTrain && options.Variant == TaskVariant.Hs1997;
        return new ThresholdErrorRule(options.ErrorKind ?? kind, options.ErrorThreshold ?? DefaultErrorThreshold, inclusive);
    }

    private static TemporalOrderMode? ModeOf(TaskOptions options) => options.Task switch
    {
        TaskName.TemporalOrder when options.Variant == TaskVariant.Galvan => options.Mode,
        TaskName.PreTrain => ModeOf(options.InnerOptions()),
        _ => null,
    };

    private static OutputFunction OutputFunctionOf(TaskName task) => task switch
    {
        TaskName.Addition or TaskName.Multiplication or TaskName.Xor or TaskName.PreTrain => OutputFunction.Linear,
        TaskName.Music => OutputFunction.Logistic,
        _ => OutputFunction.Softmax,
    };

    private static LossKind LossOf(OutputFunction output) => output switch
    {
        OutputFunction.Linear => LossKind.SquaredError,
        OutputFunction.Logistic => LossKind.BinaryCrossEntropy,
        _ => LossKind.CrossEntropy,
    };

    private static SuccessCriterion? SuccessOf(TaskOptions options) => options switch
    {
        { Task: TaskName.Music } => null,
        { Variant: TaskVariant.Pascanu, Strict: true } => SuccessCriterion.Strict,
        { Variant: TaskVariant.Pascanu } => SuccessCriterion.Pascanu,
        _ => SuccessCriterion.Galvan,
    };
}
