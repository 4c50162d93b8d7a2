using RnnTools.Core.Backends;
using RnnTools.Core.Errors;
using RnnTools.Core.Model;
using RnnTools.Core.Operations;
using RnnTools.Core.Operations.Gradients;
using RnnTools.Core.Operations.Models;
using RnnTools.Core.Operations.Spectrum;
using RnnTools.Core.Tests.Support;

namespace RnnTools.Core.Tests.Operations;

/// <summary>A model given as an object (piped in PowerShell) or as a file gives the same results.</summary>
public sealed class ModelInputsTests : IDisposable
{
    private readonly TemporaryDirectory temporary = new("inputs");

    private string directory => temporary.Path;
    private readonly StoredModel model = NewModelOperation.Create(new NewModelOptions { InputSize = 3, HiddenSize = 6, OutputSize = 2, OutputFunction = OutputFunction.Softmax, Seed = 3 });

    public void Dispose() => temporary.Dispose();

    [Fact]
    public void Spectrum_ModelObject_EqualsTheModelFile()
    {
        string path = Path.Combine(directory, "m.json");
        ModelFile.Write(path, model);
        var fromFile = new RecordingSink<SpectrumRecord>();
        var fromObject = new RecordingSink<SpectrumRecord>();

        new SpectrumOperation(new FakeClock()).Run(new SpectrumOptions { ModelPath = path, Backend = BackendKind.Managed }, fromFile, CancellationToken.None);
        new SpectrumOperation(new FakeClock()).Run(new SpectrumOptions { Model = model, Backend = BackendKind.Managed }, fromObject, CancellationToken.None);

        Assert.Equal(fromFile.Records, fromObject.Records);
    }

    [Fact]
    public void GradientCheck_ModelObject_EqualsTheModelFile()
    {
        string path = Path.Combine(directory, "m.json");
        ModelFile.Write(path, model);
        var fromFile = new RecordingSink<GradientCheckRecord>();
        var fromObject = new RecordingSink<GradientCheckRecord>();

        new GradientCheckOperation(new FakeClock()).Run(new GradientCheckOptions { ModelPath = path, Backend = BackendKind.Managed }, fromFile, CancellationToken.None);
        new GradientCheckOperation(new FakeClock()).Run(new GradientCheckOptions { Model = model, Backend = BackendKind.Managed }, fromObject, CancellationToken.None);

        Assert.Equal(fromFile.Records, fromObject.Records);
        Assert.True(fromObject.Records[0].Passed);
    }

    [Fact]
    public void ValidateSource_BothOrNone_NamesModelPath()
    {
        var both = Assert.Throws<RnnToolsException>(new SpectrumOptions { Model = model, ModelPath = "m.json" }.Validate);
        var none = Assert.Throws<RnnToolsException>(new SpectrumOptions().Validate);

        Assert.Equal((ErrorIds.InvalidHyperParameter, ErrorIds.InvalidHyperParameter), (both.ErrorId, none.ErrorId));
        Assert.StartsWith("ModelPath: give a model file or a model object", both.Message);
        Assert.StartsWith("ModelPath: name a model file", none.Message);
        Assert.Throws<RnnToolsException>(new GradientCheckOptions { Model = model, ModelPath = "m.json" }.Validate);
        new GradientCheckOptions().Validate();
    }
}
