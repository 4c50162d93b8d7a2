using RnnTools.Core.Backends;
using RnnTools.Core.Csv;
using RnnTools.Core.Errors;
using RnnTools.Core.Initialization;
using RnnTools.Core.Model;
using RnnTools.Core.Operations;
using RnnTools.Core.Operations.Gradients;
using RnnTools.Core.Operations.Models;
using RnnTools.Core.Operations.Tasks;
using RnnTools.Core.Tasks;
using RnnTools.Core.Tests.Support;

namespace RnnTools.Core.Tests.Operations;

public sealed class GradientNormOperationTests : IDisposable
{
    private readonly TemporaryDirectory temporary = new("norms");

    private string directory => temporary.Path;

    public void Dispose() => temporary.Dispose();

    [Fact]
    [Trait("Category", "Slow")]
    public void Run_Figure31_OneCallGivesEveryRadiusWithTheDerivedLosses()
    {
        var options = new GradientNormOptions
        {
            Task = TaskName.TemporalOrder, Length = 200, SpectralRadius = [0.8, 0.9, 1.0, 1.1, 1.2], Precision = Precision.Float64, Backend = BackendKind.Managed,
        };
        var sink = new RecordingSink<GradientNormRecord>();

        new GradientNormOperation(new FakeClock()).Run(options, sink, CancellationToken.None);

        Assert.Equal(5 * 218, sink.Records.Count);
        var byRadius = sink.Records.GroupBy(r => r.SpectralRadius!.Value).ToDictionary(g => g.Key, g => g.ToList());
        Assert.Equal([0.8, 0.9, 1.0, 1.1, 1.2], byRadius.Keys);
        double[] losses = [1.39912, 1.40126, 1.40431, 1.41389, 1.45820];
        double[] gradNorms = [0.1520, 0.1737, 0.2515, 3.133, 5.828];
        for (int i = 0; i < 5; i++)
        {
            List<GradientNormRecord> rows = byRadius[options.SpectralRadius[i]];
            Assert.Equal(Enumerable.Range(0, 218), rows.Select(r => r.Step));
            Assert.Equal(losses[i], rows[0].Loss, 5e-6);
            Assert.Equal(1.0, rows[0].GradNorm / gradNorms[i], 1e-3);
        }

        Assert.True(byRadius[0.8][1].NormFull < 1e-23 && byRadius[1.2][1].NormFull > 0.1);
        Assert.All(sink.Records, r => Assert.Equal((TaskName.TemporalOrder, 200, 100, 13, 50, Activation.Tanh, (InitPreset?)InitPreset.Galvan, Precision.Float64, "managed"),
            (r.Task, r.Length, r.BatchSize, r.Seed, r.HiddenSize, r.Activation, r.InitPreset, r.Precision, r.Backend)));
        Assert.Equal(5, sink.ProgressReports.Count);
        Assert.True(sink.ProgressReports[^1].Completed);
        Assert.Equal("2026-01-01T00:00:00Z", sink.Records[0].Timestamp);
    }

    [Fact]
    public void Run_ModelAndBatchFiles_GiveTheRowsOfMeasureGradient()
    {
        var options = new GradientNormOptions { Task = TaskName.Addition, Length = 12, BatchSize = 4, Seed = 5, HiddenSize = 8, SpectralRadius = [1.1], Backend = BackendKind.Managed };
        string modelPath = Path.Combine(directory, "m.json"), batchPath = Path.Combine(directory, "b.json");
        ModelFile.Write(modelPath, NewModelOperation.Create(options.ToModelOptions(1.1)));
        var sample = new RecordingSink<TaskSample>();
        new TaskSampleOperation().Run(options.ToTaskOptions(), sample, CancellationToken.None);
        File.WriteAllText(batchPath, BatchFile.ToJson(sample.Records[0].Batch, sample.Records[0].Identity));
        var fresh = new RecordingSink<GradientNormRecord>();
        var fromFile = new RecordingSink<GradientNormRecord>();
        var files = new RecordingSink<GradientStepRecord>();

        new GradientNormOperation().Run(options, fresh, CancellationToken.None);
        new GradientNormOperation().Run(options with { ModelPath = modelPath, SpectralRadius = [InitializationOptions.DefaultSpectralRadius] }, fromFile, CancellationToken.None);
        new MeasureGradientOperation().Run(new MeasureGradientOptions { ModelPath = modelPath, BatchPath = batchPath, Backend = BackendKind.Managed }, files, CancellationToken.None);

        Assert.Equal(files.Records, fresh.Records.Select(Step));
        Assert.Equal(files.Records, fromFile.Records.Select(Step));
        Assert.All(fromFile.Records, r => Assert.Equal(((double?)null, (InitPreset?)null, Precision.Float32), (r.SpectralRadius, r.InitPreset, r.Precision)));
        Assert.Empty(fromFile.Warnings);
    }

    [Fact]
    public void Run_GivenModel_IgnoresTheRadiiWithAWarning()
    {
        StoredModel model = NewModelOperation.Create(new NewModelOptions { InputSize = 2, HiddenSize = 5, OutputSize = 1, Precision = Precision.Float64 });
        var sink = new RecordingSink<GradientNormRecord>();

        new GradientNormOperation().Run(new GradientNormOptions { Task = TaskName.Xor, Length = 10, BatchSize = 2, Model = model, SpectralRadius = [0.5, 0.9], Backend = BackendKind.Managed },
            sink, CancellationToken.None);

        Assert.Equal(Enumerable.Range(0, sink.Records.Count), sink.Records.Select(r => r.Step));
        Assert.All(sink.Records, r => Assert.Equal((5, (double?)null, Precision.Float64), (r.HiddenSize, r.SpectralRadius, r.Precision)));
        Assert.Contains("ignored", Assert.Single(sink.Warnings));
    }

    [Fact]
    public void Run_GivenModelOfAnotherSize_NamesTheMismatch()
    {
        StoredModel model = NewModelOperation.Create(new NewModelOptions { InputSize = 3, HiddenSize = 5, OutputSize = 1 });

        var error = Assert.Throws<RnnToolsException>(() => new GradientNormOperation().Run(
            new GradientNormOptions { Task = TaskName.Xor, Length = 10, Model = model }, new RecordingSink<GradientNormRecord>(), CancellationToken.None));

        Assert.Equal(ErrorIds.InvalidHyperParameter, error.ErrorId);
        Assert.Contains("n_in = 3", error.Message);
    }

    [Fact]
    public void Run_SameSeed_SameRows_OtherSeed_OtherRows()
    {
        var options = new GradientNormOptions { Task = TaskName.TemporalOrder, Length = 10, BatchSize = 3, HiddenSize = 6, Backend = BackendKind.Managed };

        double[] first = Norms(options), again = Norms(options), other = Norms(options with { Seed = 14 });

        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
    }

    [Theory]
    [InlineData("SpectralRadius", -1.0, 10, 8)]
    [InlineData("SpectralRadius", 101.0, 10, 8)]
    [InlineData("Length", 1.2, -5, 8)]
    [InlineData("HiddenSize", 1.2, 10, 0)]
    public void Validate_OutOfRange_NamesTheParameter(string parameter, double radius, int length, int hiddenSize)
    {
        var options = new GradientNormOptions { Task = TaskName.Addition, SpectralRadius = [radius], Length = length, HiddenSize = hiddenSize };

        var error = Assert.Throws<RnnToolsException>(options.Validate);

        Assert.Equal(ErrorIds.InvalidHyperParameter, error.ErrorId);
        Assert.StartsWith(parameter + ":", error.Message);
    }

    [Fact]
    public void Validate_NoRadiusOrTwoModels_IsInvalid()
    {
        StoredModel model = NewModelOperation.Create(new NewModelOptions { InputSize = 2, OutputSize = 1 });

        Assert.StartsWith("SpectralRadius:", Assert.Throws<RnnToolsException>(new GradientNormOptions { Task = TaskName.Addition, SpectralRadius = [] }.Validate).Message);
        Assert.StartsWith("ModelPath:", Assert.Throws<RnnToolsException>(new GradientNormOptions { Task = TaskName.Addition, Model = model, ModelPath = "m.json" }.Validate).Message);
        Assert.StartsWith("WRecInit:", Assert.Throws<RnnToolsException>(new GradientNormOptions { Task = TaskName.Addition, WRecInit = "frobnicate" }.Validate).Message);
    }

    [Fact]
    public void Record_HeaderStartsWithTheKeysAndEndsWithProvenance()
    {
        string header = ResultCsvWriter<GradientNormRecord>.Header(new GradientNormRecordMap());

        Assert.StartsWith("Task,Variant,Mode,Length,BatchSize,Seed,", header);
        Assert.Contains(",SpectralRadius,", header);
        Assert.Contains(",Backend,Step,NormFull,NormWRec,NormWIn,NormBRec,NormWOut,NormBOut,Cos,Loss,GradNorm,", header);
        Assert.EndsWith(",BackendDescription,ToolVersion,GitCommit,Timestamp", header);
    }

    private static GradientStepRecord Step(GradientNormRecord r) =>
        new(r.Step, r.NormFull, r.NormWRec, r.NormWIn, r.NormBRec, r.NormWOut, r.NormBOut, r.Cos, r.Loss, r.GradNorm);

    private static double[] Norms(GradientNormOptions options)
    {
        var sink = new RecordingSink<GradientNormRecord>();
        new GradientNormOperation().Run(options, sink, CancellationToken.None);
        return [.. sink.Records.Select(r => r.NormFull)];
    }
}
