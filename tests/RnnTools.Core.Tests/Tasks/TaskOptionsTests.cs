using RnnTools.Core.Errors;
using RnnTools.Core.Tasks;

namespace RnnTools.Core.Tests.Tasks;

public sealed class TaskOptionsTests
{
    [Fact]
    public void Defaults_AreThoseOfSection1_5()
    {
        var options = new TaskOptions { Task = TaskName.TemporalOrder };
        Assert.Equal(TaskVariant.Galvan, options.Variant);
        Assert.Equal(TemporalOrderMode.Plain, options.Mode);
        Assert.Equal(100, options.Length);
        Assert.Equal(100, options.EffectiveMaxLength());
        Assert.Equal(100, options.EffectiveBatchSize());
        Assert.Equal(20, (options with { Task = TaskName.Music }).EffectiveBatchSize());
        Assert.Equal(13, options.Seed);
        Assert.Equal((5, 10), (options.NValues, options.NPos));
        Assert.Null(options.InnerTask);
        Assert.Null(options.ErrorThreshold);
        Assert.Null(options.ErrorKind);
        Assert.False(options.Strict);
        Assert.Equal(SplitMode.Split, options.SplitMode);
        Assert.Equal(300, options.CropLength);
        options.Validate();
    }

    public static TheoryData<TaskOptions, string, string> InvalidOptions() => new()
    {
        { new TaskOptions { Task = TaskName.TemporalOrder3 }, "Variant", "does not define the galvan variant; it defines pascanu" },
        { new TaskOptions { Task = TaskName.NoiselessMemorization, Variant = TaskVariant.Galvan }, "Variant", "pascanu" },
        { new TaskOptions { Task = TaskName.Xor, Variant = TaskVariant.Pascanu }, "Variant", "galvan" },
        { new TaskOptions { Task = TaskName.TemporalOrder, Variant = TaskVariant.Hs1997 }, "Variant", "hs1997" },
        { new TaskOptions { Task = TaskName.Music, Variant = TaskVariant.Hs1997, Dataset = "x.json" }, "Variant", "hs1997" },
        { new TaskOptions { Task = TaskName.Addition, Length = 9 }, "Length", "at least 10" },
        { new TaskOptions { Task = TaskName.Addition, Variant = TaskVariant.Hs1997, Length = 19 }, "Length", "at least 20" },
        { new TaskOptions { Task = TaskName.Addition, Length = -1 }, "Length", "outside" },
        { new TaskOptions { Task = TaskName.RandomPermutation, Variant = TaskVariant.Pascanu, Length = 0 }, "Length", "outside" },
        { new TaskOptions { Task = TaskName.Addition, Length = TaskLimits.MaxLength + 1 }, "Length", "outside" },
        { new TaskOptions { Task = TaskName.Addition, Variant = TaskVariant.Pascanu, Length = 50, MaxLength = 49 }, "MaxLength", "[Length, MaxLength)" },
        { new TaskOptions { Task = TaskName.Addition, MaxLength = 200 }, "MaxLength", "pascanu" },
        { new TaskOptions { Task = TaskName.Addition, BatchSize = 0 }, "BatchSize", "outside" },
        { new TaskOptions { Task = TaskName.Addition, Seed = -1 }, "Seed", "outside" },
        { new TaskOptions { Task = TaskName.NoiselessMemorization, Variant = TaskVariant.Pascanu, NValues = 0 }, "NValues", "outside" },
        { new TaskOptions { Task = TaskName.NoiselessMemorization, Variant = TaskVariant.Pascanu, NValues = 10, NPos = 10 }, "NPos", "patterns" },
        { new TaskOptions { Task = TaskName.PreTrain }, "InnerTask", "needs the task it wraps" },
        { new TaskOptions { Task = TaskName.PreTrain, InnerTask = TaskName.PreTrain }, "InnerTask", "cannot be wrapped" },
        { new TaskOptions { Task = TaskName.PreTrain, InnerTask = TaskName.TemporalOrder3 }, "Variant", "does not define the galvan variant; it defines pascanu" },
        { new TaskOptions { Task = TaskName.Addition, InnerTask = TaskName.Xor }, "InnerTask", "only to PreTrain" },
        { new TaskOptions { Task = TaskName.Music }, "Dataset", "needs a dataset" },
        { new TaskOptions { Task = TaskName.Addition, Dataset = "x.json" }, "Dataset", "only to Music" },
        { new TaskOptions { Task = TaskName.TemporalOrder, ErrorThreshold = 0.1 }, "ErrorThreshold", "no threshold error rule" },
        { new TaskOptions { Task = TaskName.Xor, ErrorKind = SequenceErrorKind.Abs }, "ErrorKind", "no threshold error rule" },
        { new TaskOptions { Task = TaskName.Addition, ErrorThreshold = -0.1 }, "ErrorThreshold", "outside" },
        { new TaskOptions { Task = TaskName.Addition, ErrorThreshold = double.NaN }, "ErrorThreshold", "outside" },
        { new TaskOptions { Task = TaskName.Addition, Strict = true }, "Strict", "pascanu" },
        { new TaskOptions { Task = TaskName.Addition, Mode = TemporalOrderMode.Mixed }, "Mode", "mixed" },
        { new TaskOptions { Task = TaskName.TemporalOrder, Variant = TaskVariant.Pascanu, Mode = TemporalOrderMode.Mixed }, "Mode", "mixed" },
        { new TaskOptions { Task = TaskName.Music, Dataset = "x.json", CropLength = 0 }, "CropLength", "outside" },
        { new TaskOptions { Task = (TaskName)99 }, "Task", "not one of" },
        { new TaskOptions { Task = TaskName.Addition, Variant = (TaskVariant)7 }, "Variant", "not one of" },
        { new TaskOptions { Task = TaskName.RandomPermutation, Length = 100_000, BatchSize = 1000 }, "BatchSize", "values per array" },
    };

    [Theory]
    [MemberData(nameof(InvalidOptions))]
    public void Validate_InvalidOption_IsInvalidHyperParameterNamingIt(TaskOptions options, string parameter, string fragment)
    {
        RnnToolsException error = Assert.Throws<RnnToolsException>(options.Validate);
        Assert.Equal(ErrorIds.InvalidHyperParameter, error.ErrorId);
        Assert.Equal(ErrorKind.InvalidArgument, error.Kind);
        Assert.StartsWith(parameter + ": ", error.Message);
        Assert.Contains(fragment, error.Message);
    }

    public static TheoryData<TaskOptions> ValidOptions() => new()
    {
        new TaskOptions { Task = TaskName.Addition, Length = 10 },
        new TaskOptions { Task = TaskName.Addition, Variant = TaskVariant.Hs1997, Length = 20 },
        new TaskOptions { Task = TaskName.Multiplication, Variant = TaskVariant.Hs1997 },
        new TaskOptions { Task = TaskName.Multiplication, ErrorThreshold = 0.04, ErrorKind = SequenceErrorKind.Abs },
        new TaskOptions { Task = TaskName.TemporalOrder, Mode = TemporalOrderMode.Mixed },
        new TaskOptions { Task = TaskName.TemporalOrder, Variant = TaskVariant.Pascanu, Length = 50, MaxLength = 200, Strict = true },
        new TaskOptions { Task = TaskName.RandomPermutation, Variant = TaskVariant.Pascanu, Length = 1 },
        new TaskOptions { Task = TaskName.NoiselessMemorization, Variant = TaskVariant.Pascanu, NValues = 2, NPos = 5, Length = 1 },
        new TaskOptions { Task = TaskName.PreTrain, InnerTask = TaskName.TemporalOrder, Mode = TemporalOrderMode.Mixed, ErrorThreshold = 0.5 },
        new TaskOptions { Task = TaskName.PreTrain, InnerTask = TaskName.Addition, Variant = TaskVariant.Pascanu, MaxLength = 120 },
        new TaskOptions { Task = TaskName.Music, Dataset = "x.json", Variant = TaskVariant.Pascanu, SplitMode = SplitMode.Full, Length = 3 },
        new TaskOptions { Task = TaskName.Addition, MaxLength = 100 },
    };

    [Theory]
    [MemberData(nameof(ValidOptions))]
    public void Validate_ValidOptions_Passes(TaskOptions options) => options.Validate();

    [Fact]
    public void InnerOptions_CarryEverythingButPreTrainsOwnRule()
    {
        var options = new TaskOptions
        {
            Task = TaskName.PreTrain, InnerTask = TaskName.Addition, Variant = TaskVariant.Pascanu, Length = 30, MaxLength = 40, Seed = 5,
            ErrorThreshold = 0.2, ErrorKind = SequenceErrorKind.Squared, Strict = true,
        };
        Assert.Equal(options with { Task = TaskName.Addition, InnerTask = null, ErrorThreshold = null, ErrorKind = null }, options.InnerOptions());
        Assert.Throws<InvalidOperationException>(() => new TaskOptions { Task = TaskName.Addition }.InnerOptions());
    }
}
