using RnnTools.Core.Model;
using RnnTools.Core.Tasks;

namespace RnnTools.Core.Tests.Tasks;

public sealed class TaskCatalogTests
{
    [Theory]
    [InlineData(TaskName.Addition, TaskVariant.Galvan, 2, 1, OutputFunction.Linear, LossKind.SquaredError, "|t-y| > 0.04")]
    [InlineData(TaskName.Multiplication, TaskVariant.Galvan, 2, 1, OutputFunction.Linear, LossKind.SquaredError, "(t-y)^2 > 0.04")]
    [InlineData(TaskName.Addition, TaskVariant.Pascanu, 2, 1, OutputFunction.Linear, LossKind.SquaredError, "(t-y)^2 > 0.04")]
    [InlineData(TaskName.Addition, TaskVariant.Hs1997, 2, 1, OutputFunction.Linear, LossKind.SquaredError, "|t-y| >= 0.04")]
    [InlineData(TaskName.Multiplication, TaskVariant.Hs1997, 2, 1, OutputFunction.Linear, LossKind.SquaredError, "|t-y| >= 0.04")]
    [InlineData(TaskName.Xor, TaskVariant.Galvan, 2, 1, OutputFunction.Linear, LossKind.SquaredError, "t*y <= 0")]
    [InlineData(TaskName.XorOneHot, TaskVariant.Galvan, 2, 2, OutputFunction.Softmax, LossKind.CrossEntropy, "argmax")]
    [InlineData(TaskName.TemporalOrder, TaskVariant.Galvan, 6, 4, OutputFunction.Softmax, LossKind.CrossEntropy, "argmax")]
    [InlineData(TaskName.TemporalOrder, TaskVariant.Pascanu, 6, 4, OutputFunction.Softmax, LossKind.CrossEntropy, "argmax")]
    [InlineData(TaskName.TemporalOrder3, TaskVariant.Pascanu, 6, 8, OutputFunction.Softmax, LossKind.CrossEntropy, "argmax")]
    [InlineData(TaskName.RandomPermutation, TaskVariant.Galvan, 100, 100, OutputFunction.Softmax, LossKind.CrossEntropy, "argmax")]
    [InlineData(TaskName.NoiselessMemorization, TaskVariant.Pascanu, 7, 6, OutputFunction.Softmax, LossKind.CrossEntropy, "any of its steps")]
    [InlineData(TaskName.Music, TaskVariant.Galvan, 88, 88, OutputFunction.Logistic, LossKind.BinaryCrossEntropy, "NLL")]
    public void Describe_GivesSizesOutputLossAndRule(TaskName task, TaskVariant variant, int inputs, int outputs, OutputFunction function, LossKind loss, string rule)
    {
        TaskDescription description = TaskCatalog.Describe(new TaskOptions { Task = task, Variant = variant });
        Assert.Equal((task, variant), (description.Name, description.Variant));
        Assert.Equal((inputs, outputs), (description.InputSize, description.OutputSize));
        Assert.Equal(function, description.OutputFunction);
        Assert.Equal(loss, description.LossKind);
        Assert.Contains(rule, description.ErrorRule);
    }

    [Fact]
    public void Describe_PreTrainTakesItsSizesAndModeFromTheInnerTask()
    {
        TaskDescription description = TaskCatalog.Describe(new TaskOptions { Task = TaskName.PreTrain, InnerTask = TaskName.TemporalOrder, Mode = TemporalOrderMode.Mixed });
        Assert.Equal((6, 6), (description.InputSize, description.OutputSize));
        Assert.Equal(TemporalOrderMode.Mixed, description.Mode);
        Assert.Equal(TaskName.TemporalOrder, description.InnerTask);
        Assert.Equal(OutputFunction.Linear, description.OutputFunction);
        Assert.Contains("sum over its masked outputs of |t-y| > 0.04", description.ErrorRule);
    }

    [Fact]
    public void Describe_ThresholdOptionsOverrideTheRule()
    {
        TaskDescription description = TaskCatalog.Describe(new TaskOptions { Task = TaskName.Multiplication, ErrorThreshold = 0.04, ErrorKind = SequenceErrorKind.Abs });
        Assert.Contains("|t-y| > 0.04", description.ErrorRule);
    }

    [Fact]
    public void Describe_SuccessIsLessOrEqualOnePercentExceptPascanu()
    {
        Assert.Equal(new SuccessCriterion(0.01, true), TaskCatalog.Describe(new TaskOptions { Task = TaskName.TemporalOrder }).Success);
        Assert.Equal(new SuccessCriterion(0.01, true), TaskCatalog.Describe(new TaskOptions { Task = TaskName.Addition, Variant = TaskVariant.Hs1997 }).Success);
        Assert.Equal(new SuccessCriterion(0.01, false), TaskCatalog.Describe(new TaskOptions { Task = TaskName.TemporalOrder, Variant = TaskVariant.Pascanu }).Success);
        Assert.Equal(new SuccessCriterion(0, true), TaskCatalog.Describe(new TaskOptions { Task = TaskName.TemporalOrder, Variant = TaskVariant.Pascanu, Strict = true }).Success);
        Assert.Null(TaskCatalog.Describe(new TaskOptions { Task = TaskName.Music, Dataset = "x.json" }).Success);
    }

    [Fact]
    public void SuccessCriterion_InclusiveAndExclusive()
    {
        Assert.True(SuccessCriterion.Galvan.IsMet(0.01));
        Assert.False(SuccessCriterion.Pascanu.IsMet(0.01));
        Assert.True(SuccessCriterion.Pascanu.IsMet(0.0099));
        Assert.True(SuccessCriterion.Strict.IsMet(0));
        Assert.False(SuccessCriterion.Strict.IsMet(1e-4));
        Assert.False(SuccessCriterion.Galvan.IsMet(double.NaN));
        Assert.Equal("error <= 0.01", SuccessCriterion.Galvan.ToString());
        Assert.Equal("error < 0.01", SuccessCriterion.Pascanu.ToString());
    }

    [Fact]
    public void Variants_AreThoseOfSection1_5()
    {
        Assert.Equal([TaskVariant.Galvan, TaskVariant.Pascanu, TaskVariant.Hs1997], TaskCatalog.VariantsOf(TaskName.Addition));
        Assert.Equal([TaskVariant.Pascanu], TaskCatalog.VariantsOf(TaskName.TemporalOrder3));
        Assert.Equal([TaskVariant.Pascanu], TaskCatalog.VariantsOf(TaskName.NoiselessMemorization));
        Assert.Equal([TaskVariant.Galvan], TaskCatalog.VariantsOf(TaskName.XorOneHot));
        Assert.False(TaskCatalog.Defines(TaskName.TemporalOrder, TaskVariant.Hs1997));
        Assert.Equal("hs1997", TaskCatalog.VariantName(TaskVariant.Hs1997));
    }
}
