using RnnTools.Core.Errors;
using RnnTools.Core.Model;
using RnnTools.Core.Operations;
using RnnTools.Core.Operations.Models;

namespace RnnTools.Core.Tests.Operations;

/// <summary>Export-RnnModel and Import-RnnModel: writing and reading model files through the sink.</summary>
public sealed class ModelFileOperationTests : IDisposable
{
    private readonly TemporaryDirectory temporary = new("export");

    private string directory => temporary.Path;
    private readonly StoredModel model = NewModelOperation.Create(new NewModelOptions { InputSize = 3, HiddenSize = 4, OutputSize = 2, Seed = 7 });

    public void Dispose() => temporary.Dispose();

    [Fact]
    public void Export_ThenImport_RoundTripsTheModel()
    {
        string path = Path.Combine(directory, "m.json");
        var written = new RecordingSink<StoredModel>();
        var read = new RecordingSink<StoredModel>();

        new ExportModelOperation().Run(new ExportModelOptions { Model = model, Path = path }, written, CancellationToken.None);
        new ImportModelOperation().Run(new ImportModelOptions { Path = path }, read, CancellationToken.None);

        Assert.Empty(written.Records);
        Assert.Equal([(path, "Write model file")], written.Questions);
        StoredModel back = Assert.Single(read.Records);
        Assert.Equal(model.Model.Parameters, back.Model.Parameters);
        Assert.Equal((3, 4, 2, Activation.Tanh, OutputFunction.Linear, Precision.Float32), (back.InputSize, back.HiddenSize, back.OutputSize, back.Activation, back.OutputFunction, back.Precision));
    }

    [Fact]
    public void Export_PassThru_EmitsTheModel() =>
        Assert.Same(model, Assert.Single(Export(new ExportModelOptions { Model = model, Path = Path.Combine(directory, "p.json"), PassThru = true }).Records));

    [Fact]
    public void Export_ShouldProcessDeclined_WritesNothing()
    {
        string path = Path.Combine(directory, "declined.json");
        var sink = new RecordingSink<StoredModel>(allow: false);

        new ExportModelOperation().Run(new ExportModelOptions { Model = model, Path = path, PassThru = true }, sink, CancellationToken.None);

        Assert.False(File.Exists(path));
        Assert.Empty(sink.Records);
    }

    [Fact]
    public void Export_NoClobber_RefusesAnExistingFile()
    {
        string path = Path.Combine(directory, "exists.json");
        File.WriteAllText(path, "keep");

        var error = Assert.Throws<RnnToolsException>(() => Export(new ExportModelOptions { Model = model, Path = path, NoClobber = true, Force = true }));

        Assert.Equal(ErrorIds.ResultFileExists, error.ErrorId);
        Assert.Equal("keep", File.ReadAllText(path));
    }

    [Fact]
    public void Export_ReadOnlyFile_IsReplacedOnlyWithForce()
    {
        string path = Path.Combine(directory, "readonly.json");
        File.WriteAllText(path, "keep");
        File.SetAttributes(path, FileAttributes.ReadOnly);

        var error = Assert.Throws<RnnToolsException>(() => Export(new ExportModelOptions { Model = model, Path = path }));
        Assert.Equal(ErrorIds.ResultWriteFailed, error.ErrorId);
        Assert.Contains("read-only", error.Message);
        Assert.Equal("keep", File.ReadAllText(path));

        Export(new ExportModelOptions { Model = model, Path = path, Force = true });
        Assert.Equal(model.Model.Parameters, ModelFile.Read(path).Model.Parameters);
    }

    [Fact]
    public void Import_MalformedFile_IsAnInvalidInputFileNamingIt()
    {
        string path = Path.Combine(directory, "bad.json");
        File.WriteAllText(path, "{\"format\":\"rnntools.model\"");

        var error = Assert.Throws<RnnToolsException>(() => new ImportModelOperation().Run(new ImportModelOptions { Path = path }, new RecordingSink<StoredModel>(), CancellationToken.None));

        Assert.Equal(ErrorIds.InvalidInputFile, error.ErrorId);
        Assert.StartsWith(path, error.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Options_EmptyPath_IsInvalid(string path)
    {
        Assert.StartsWith("Path:", Assert.Throws<RnnToolsException>(new ExportModelOptions { Model = model, Path = path }.Validate).Message);
        Assert.StartsWith("Path:", Assert.Throws<RnnToolsException>(new ImportModelOptions { Path = path }.Validate).Message);
    }

    private static RecordingSink<StoredModel> Export(ExportModelOptions options)
    {
        var sink = new RecordingSink<StoredModel>();
        new ExportModelOperation().Run(options, sink, CancellationToken.None);
        return sink;
    }
}
