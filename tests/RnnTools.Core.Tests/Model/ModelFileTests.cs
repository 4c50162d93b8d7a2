using RnnTools.Core.Csv;
using RnnTools.Core.Errors;
using RnnTools.Core.Model;
using RnnTools.Core.Tests.Support;

namespace RnnTools.Core.Tests.Model;

public sealed class ModelFileTests
{
    private static readonly RnnShape Shape = new(3, 4, 2);

    [Fact]
    public void Float32Model_RoundTripsBitForBit()
    {
        float[] values = [.. RandomProblem.Parameters(Shape, 5).Select(v => (float)v)];
        values[0] = 0.1f;
        values[1] = 1e-40f;
        values[2] = float.MaxValue;
        values[3] = -float.Epsilon;
        var model = new RnnModel<float>(Shape, Activation.Sigmoid, OutputFunction.Logistic, 1.5, values);

        StoredModel read = ModelFile.Parse(ModelFile.ToJson(StoredModel.From(model)), "m.json");

        Assert.Equal(Precision.Float32, read.Precision);
        Assert.Equal(values.Select(BitConverter.SingleToInt32Bits), read.As<float>().Parameters.Select(BitConverter.SingleToInt32Bits));
        Assert.Equal((Activation.Sigmoid, OutputFunction.Logistic, 1.5), (read.Model.Activation, read.Model.OutputFunction, read.Model.ActivationBeta));
    }

    [Fact]
    public void Float64Model_RoundTripsBitForBit_WithMetadata()
    {
        double[] values = RandomProblem.Parameters(Shape, 6);
        values[0] = 0.1;
        values[1] = 1e-300;
        values[2] = Math.PI;
        var meta = new ModelMetadata(13, "TemporalOrder", 4000, "galvan(spectral_radius=1.2)", new Dictionary<string, double> { ["ValidError"] = 0.25 });
        var stored = new StoredModel(new RnnModel<double>(Shape, Activation.Relu, OutputFunction.Softmax, 1.0, values), Precision.Float64, meta);

        StoredModel read = ModelFile.Parse(ModelFile.ToJson(stored), "m.json");

        Assert.Equal(values.Select(BitConverter.DoubleToInt64Bits), read.Model.Parameters.Select(BitConverter.DoubleToInt64Bits));
        Assert.Equal((13L, "TemporalOrder", 4000L, "galvan(spectral_radius=1.2)"), (read.Metadata.Seed, read.Metadata.Task, read.Metadata.Iteration, read.Metadata.Initialization));
        Assert.Equal(0.25, read.Metadata.Statistics!["ValidError"]);
    }

    [Fact]
    public void File_HasTheDocumentedKeys()
    {
        var stored = StoredModel.From(new RnnModel<float>(Shape, Activation.Tanh, OutputFunction.Softmax));
        using var document = System.Text.Json.JsonDocument.Parse(ModelFile.ToJson(stored));

        string[] keys = [.. document.RootElement.EnumerateObject().Select(p => p.Name)];

        Assert.Equal(["format", "version", "n_in", "n_hidden", "n_out", "activation", "activation_beta", "output", "precision",
            "W_rec", "W_in", "W_out", "b_rec", "b_out"], keys);
        Assert.Equal("[4,3]", document.RootElement.GetProperty("W_in").GetProperty("shape").GetRawText());
        Assert.Equal("[2]", document.RootElement.GetProperty("b_out").GetProperty("shape").GetRawText());
        Assert.Equal("float32", document.RootElement.GetProperty("precision").GetString());
    }

    [Theory]
    [InlineData("\"precision\":\"float32\",", "", "'precision'")]
    [InlineData("\"shape\":[4,3]", "\"shape\":[3,4]", "'W_in.shape'")]
    [InlineData("\"activation\":\"tanh\"", "\"activation\":\"swish\"", "'activation'")]
    [InlineData("\"format\":\"rnntools.model\"", "\"format\":\"other\"", "'format'")]
    [InlineData("\"n_hidden\":4", "\"n_hidden\":0", "'n_hidden'")]
    [InlineData("\"output\":\"softmax\"", "\"output\":3", "'output'")]
    public void MalformedFile_IsAnInvalidInputFileNamingTheKey(string find, string replace, string key)
    {
        string json = ModelFile.ToJson(StoredModel.From(new RnnModel<float>(Shape, Activation.Tanh, OutputFunction.Softmax)));
        Assert.Contains(find, json);

        var error = Assert.Throws<RnnToolsException>(() => ModelFile.Parse(json.Replace(find, replace), "broken.json"));

        Assert.Equal(ErrorIds.InvalidInputFile, error.ErrorId);
        Assert.StartsWith("broken.json: ", error.Message);
        Assert.Contains(key, error.Message);
    }

    [Fact]
    public void DataOfTheWrongLength_NamesTheKey()
    {
        string json = ModelFile.ToJson(StoredModel.From(new RnnModel<float>(Shape, Activation.Tanh, OutputFunction.Softmax)));

        var error = Assert.Throws<RnnToolsException>(() => ModelFile.Parse(json.Replace("\"data\":[0,0]}", "\"data\":[0]}"), "m.json"));

        Assert.Contains("'b_out.data'", error.Message);
    }

    [Fact]
    public void NonFiniteValues_AreRejectedUnlessAllowed()
    {
        var model = new RnnModel<double>(Shape, Activation.Tanh, OutputFunction.Linear);
        model.WOut[1] = double.NaN;
        model.BRec[0] = double.NegativeInfinity;
        string json = ModelFile.ToJson(new StoredModel(model, Precision.Float64));

        var error = Assert.Throws<RnnToolsException>(() => ModelFile.Parse(json, "m.json"));
        StoredModel allowed = ModelFile.Parse(json, "m.json", allowNonFinite: true);

        Assert.Contains("'W_out.data' entry 1", error.Message);
        Assert.True(double.IsNaN(allowed.Model.WOut[1]));
        Assert.Equal(double.NegativeInfinity, allowed.Model.BRec[0]);
    }

    [Fact]
    public void Write_NoClobber_RefusesAnExistingFile_AndOverwriteReplacesIt()
    {
        using var directory = new TemporaryDirectory("model");
        string path = Path.Combine(directory.Path, "m.json");
        var stored = StoredModel.From(new RnnModel<float>(Shape, Activation.Tanh, OutputFunction.Softmax));
        ModelFile.Write(path, stored);
        var error = Assert.Throws<RnnToolsException>(() => ModelFile.Write(path, stored, ResultFileMode.NoClobber));
        ModelFile.Write(path, stored);

        Assert.Equal(ErrorIds.ResultFileExists, error.ErrorId);
        Assert.Equal(Shape, ModelFile.Read(path).Model.Shape);
        Assert.False(File.Exists(path + ".tmp"));
    }

    [Fact]
    public void Read_MissingFile_IsAnInvalidInputFile()
    {
        var error = Assert.Throws<RnnToolsException>(() => ModelFile.Read("/nonexistent/m.json"));

        Assert.Equal(ErrorIds.InvalidInputFile, error.ErrorId);
    }
}
