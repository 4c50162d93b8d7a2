using RnnTools.Core.Backends;
using RnnTools.Core.Csv;
using RnnTools.Core.Engine;
using RnnTools.Core.Errors;
using RnnTools.Core.Initialization;
using RnnTools.Core.Model;
using RnnTools.Core.Operations;
using RnnTools.Core.Operations.Gradients;
using RnnTools.Core.Operations.Models;
using RnnTools.Core.Operations.Spectrum;
using RnnTools.Core.Tasks;
using RnnTools.Core.Tests.Support;

namespace RnnTools.Core.Tests.Operations;

public sealed class EngineOperationTests : IDisposable
{
    private readonly TemporaryDirectory temporary = new("ops");

    private string directory => temporary.Path;

    public void Dispose() => temporary.Dispose();

    [Fact]
    public void NewModel_EmitsTheGalvanModelWithItsSeed()
    {
        var sink = new RecordingSink<StoredModel>();

        new NewModelOperation().Run(new NewModelOptions { InputSize = 6, OutputSize = 4, OutputFunction = OutputFunction.Softmax, Precision = Precision.Float64 },
            sink, CancellationToken.None);

        StoredModel model = Assert.Single(sink.Records);
        Assert.Equal(new RnnShape(6, 50, 4), model.Model.Shape);
        Assert.Equal(13, model.Metadata.Seed);
        Assert.Equal(ModelInitializer.Create(new InitializationOptions { SpectralRadius = 1.2, Seed = 13 }).Generate(new RnnShape(6, 50, 4), OutputFunction.Softmax).Parameters, model.Model.Parameters);
    }

    [Theory]
    [InlineData(0, 1.2, "InputSize")]
    [InlineData(6, -1.0, "SpectralRadius")]
    [InlineData(6, double.NaN, "SpectralRadius")]
    public void NewModel_InvalidOption_NamesIt(int inputSize, double radius, string parameter)
    {
        var options = new NewModelOptions { InputSize = inputSize, OutputSize = 4, SpectralRadius = radius };

        var error = Assert.Throws<RnnToolsException>(() => new NewModelOperation().Run(options, new RecordingSink<StoredModel>(), CancellationToken.None));

        Assert.Equal(ErrorIds.InvalidHyperParameter, error.ErrorId);
        Assert.StartsWith(parameter + ":", error.Message);
    }

    [Fact]
    public void ModelInfo_DescribesTheFile()
    {
        string path = WriteModel(Precision.Float32);
        var sink = new RecordingSink<ModelInfoRecord>();

        new ModelInfoOperation().Run(new ModelInfoOptions { ModelPath = path }, sink, CancellationToken.None);

        ModelInfoRecord record = Assert.Single(sink.Records);
        Assert.Equal((6, 50, 4, 3054, Precision.Float32), (record.InputSize, record.HiddenSize, record.OutputSize, record.ParameterCount, record.Precision));
        Assert.Equal(1.2, record.Rho, 1e-6);
        Assert.Equal(2.024, record.MaxSingular, 3);
    }

    [Fact]
    public void MeasureGradient_EmitsOneRowPerStep_EqualToTheEngine()
    {
        string modelPath = WriteModel(Precision.Float64);
        (string batchPath, Batch batch) = WriteBatch(new RnnShape(6, 50, 4), 9, 3);
        var sink = new RecordingSink<GradientStepRecord>();

        new MeasureGradientOperation().Run(new MeasureGradientOptions { ModelPath = modelPath, BatchPath = batchPath, Backend = BackendKind.Managed },
            sink, CancellationToken.None);

        RnnModel<double> model = ModelFile.Read(modelPath).Model;
        TemporalGradient<double> gradient = new RnnEngine<double>(new ManagedBackend(), EngineConfiguration.For(model)).Evaluate(model.Parameters, batch);
        Assert.Equal(Enumerable.Range(0, 9), sink.Records.Select(r => r.Step));
        Assert.All(sink.Records, r => Assert.Equal((gradient.Loss, gradient.GradientNorm), (r.Loss, r.GradNorm)));
        Assert.Equal(gradient.Norms.ToArray(), sink.Records.Select(r => r.NormFull));
        Assert.Equal(gradient.Cosines.ToArray(), sink.Records.Select(r => r.Cos));
        Assert.Equal(0.0, sink.Records[0].NormWRec);
    }

    [Fact]
    public void MeasureGradient_HeaderIsExactlyTheDocumentedOne()
    {
        Assert.Equal("Step,NormFull,NormWRec,NormWIn,NormBRec,NormWOut,NormBOut,Cos,Loss,GradNorm",
            ResultCsvWriter<GradientStepRecord>.Header(new GradientStepRecordMap()));
    }

    [Fact]
    public void MeasureGradient_BatchOfAnotherShape_IsAnInvalidInputFileNamingTheKey()
    {
        string modelPath = WriteModel(Precision.Float32);
        (string batchPath, _) = WriteBatch(new RnnShape(2, 50, 4), 5, 2);

        var error = Assert.Throws<RnnToolsException>(() => new MeasureGradientOperation().Run(
            new MeasureGradientOptions { ModelPath = modelPath, BatchPath = batchPath, Backend = BackendKind.Managed },
            new RecordingSink<GradientStepRecord>(), CancellationToken.None));

        Assert.Equal(ErrorIds.InvalidInputFile, error.ErrorId);
        Assert.Contains("'inputs'", error.Message);
        Assert.StartsWith(batchPath, error.Message);
    }

    [Theory]
    [InlineData(Activation.Tanh, OutputFunction.Softmax)]
    [InlineData(Activation.Sigmoid, OutputFunction.Logistic)]
    [InlineData(Activation.Relu, OutputFunction.Linear)]
    [InlineData(Activation.Identity, OutputFunction.Linear)]
    public void GradientCheck_RandomProblem_Passes(Activation activation, OutputFunction output)
    {
        var sink = new RecordingSink<GradientCheckRecord>();

        new GradientCheckOperation(new FakeClock()).Run(new GradientCheckOptions { Activation = activation, OutputFunction = output, Backend = BackendKind.Managed },
            sink, CancellationToken.None);

        GradientCheckRecord record = Assert.Single(sink.Records);
        Assert.True(record.Passed, $"max relative error {record.MaxRelativeError}");
        Assert.Equal(record.MaxRelativeError, new[] { record.MaxRelativeErrorWRec, record.MaxRelativeErrorWIn, record.MaxRelativeErrorWOut,
            record.MaxRelativeErrorBRec, record.MaxRelativeErrorBOut }.Max());
        Assert.Equal(("managed", "2026-01-01T00:00:00Z"), (record.Backend, record.Timestamp));
    }

    [Fact]
    public void GradientCheck_ImpossibleTolerance_Fails()
    {
        var sink = new RecordingSink<GradientCheckRecord>();

        new GradientCheckOperation().Run(new GradientCheckOptions { Tolerance = 1e-300, Backend = BackendKind.Managed }, sink, CancellationToken.None);

        Assert.False(Assert.Single(sink.Records).Passed);
    }

    [Fact]
    public void Spectrum_WithoutBatch_OneRow_WithBatch_OneRowPerStep()
    {
        string modelPath = WriteModel(Precision.Float64);
        (string batchPath, _) = WriteBatch(new RnnShape(6, 50, 4), 7, 2);
        var alone = new RecordingSink<SpectrumRecord>();
        var withBatch = new RecordingSink<SpectrumRecord>();

        new SpectrumOperation().Run(new SpectrumOptions { ModelPath = modelPath, Backend = BackendKind.Managed }, alone, CancellationToken.None);
        new SpectrumOperation().Run(new SpectrumOptions { ModelPath = modelPath, BatchPath = batchPath, Backend = BackendKind.Managed }, withBatch,
            CancellationToken.None);

        SpectrumRecord single = Assert.Single(alone.Records);
        Assert.Null(single.Step);
        Assert.Equal(1.2, single.Rho, 1e-10);
        Assert.Equal(50 * 1.0 * ModelFile.Read(modelPath).Model.WRec.ToArray().Max(Math.Abs), single.HochreiterTau, 1e-12);
        Assert.Equal(Enumerable.Range(0, 7).Select(k => (int?)k), withBatch.Records.Select(r => r.Step));
        Assert.Equal(1.0, withBatch.Records[6].JacobianMean);
        Assert.All(withBatch.Records, r => Assert.True(r.JacobianMax >= r.JacobianMean));
    }

    [Fact]
    public void Operations_MissingModelFile_IsAnInvalidInputFile()
    {
        string missing = Path.Combine(directory, "missing.json");

        var error = Assert.Throws<RnnToolsException>(() => new SpectrumOperation().Run(new SpectrumOptions { ModelPath = missing },
            new RecordingSink<SpectrumRecord>(), CancellationToken.None));

        Assert.Equal(ErrorIds.InvalidInputFile, error.ErrorId);
    }

    private string WriteModel(Precision precision)
    {
        string path = Path.Combine(directory, $"model-{precision}.json");
        var sink = new RecordingSink<StoredModel>();
        new NewModelOperation().Run(new NewModelOptions { InputSize = 6, OutputSize = 4, OutputFunction = OutputFunction.Softmax, Precision = precision },
            sink, CancellationToken.None);
        ModelFile.Write(path, sink.Records[0]);
        return path;
    }

    private (string Path, Batch Batch) WriteBatch(RnnShape shape, int length, int size)
    {
        var configuration = new EngineConfiguration(shape, Activation.Tanh, OutputFunction.Softmax, LossKind.CrossEntropy);
        Batch batch = RandomProblem.Batch(configuration, length, size, everyStep: false, seed: 3);
        string path = Path.Combine(directory, $"batch-{shape.InputSize}-{length}.json");
        File.WriteAllText(path, BatchFile.ToJson(batch, new BatchIdentity(null, null, null, null, null)));
        return (path, BatchFile.Read(path).Batch);
    }
}
