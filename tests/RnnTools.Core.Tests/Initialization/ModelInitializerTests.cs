using MathNet.Numerics.LinearAlgebra;
using RnnTools.Core.Errors;
using RnnTools.Core.Initialization;
using RnnTools.Core.Model;
using RnnTools.Core.Random;

namespace RnnTools.Core.Tests.Initialization;

public sealed class ModelInitializerTests
{
    private static readonly RnnShape Addition50 = new(2, 50, 1);

    private static RnnModel<double> Galvan(int seed, double radius = 1.2) =>
        ModelInitializer.Create(new InitializationOptions { Seed = seed, SpectralRadius = radius }).Generate(Addition50, OutputFunction.Linear);

    [Fact]
    public void Galvan_Seed13_UnscaledWRecStartsWithTheGoldenValues()
    {
        RnnModel<double> model = Galvan(13);
        double unscale = Radius(model.WRec.ToArray(), 50) / 1.2;
        double radius = SpectralRadius.Of(Unscaled(13), 50);
        Assert.Equal(-0.0712390662050588, model.WRec[0] / 1.2 * radius, 14);
        Assert.Equal(0.0753766378659703, model.WRec[1] / 1.2 * radius, 14);
        Assert.Equal(-0.0044503078338053455, model.WRec[2] / 1.2 * radius, 15);
        Assert.Equal(1.0, unscale, 12);
    }

    [Theory]
    [InlineData(13, 0.7849)]
    [InlineData(14, 0.7952)]
    [InlineData(15, 0.7081)]
    [InlineData(16, 0.7969)]
    [InlineData(17, 0.7526)]
    public void Galvan_UnscaledWRec_HasTheGoldenSpectralRadius(int seed, double expected)
    {
        Assert.Equal(expected, SpectralRadius.Of(Unscaled(seed), 50), 4);
    }

    [Fact]
    public void Galvan_Seed13_ScaledTo12_HasLargestSingularValue2024()
    {
        RnnModel<double> model = Galvan(13);
        Assert.Equal(1.2, Radius(model.WRec.ToArray(), 50), 10);
        Matrix<double> w = Matrix<double>.Build.Dense(50, 50, (i, j) => model.WRec[(i * 50) + j]);
        Assert.Equal(2.024, w.Svd(false).S[0], 3);
    }

    [Fact]
    public void Galvan_EveryVariableStartsFromTheSameNormalSequence_AndBiasesAreZero()
    {
        RnnModel<double> model = Galvan(13);
        double[] normals = Unscaled(13);
        Assert.Equal(normals[..100], model.WIn.ToArray());
        Assert.Equal(normals[..50], model.WOut.ToArray());
        Assert.All(model.BRec.ToArray(), value => Assert.Equal(0.0, value));
        Assert.All(model.BOut.ToArray(), value => Assert.Equal(0.0, value));
        Assert.Equal(Activation.Tanh, model.Activation);
    }

    [Fact]
    public void Galvan_SpectralRadiusOption_SetsRho()
    {
        Assert.Equal(0.9, Radius(Galvan(13, 0.9).WRec.ToArray(), 50), 10);
    }

    [Fact]
    public void GalvanMuse_InnerStdCancelsInTheRescaling()
    {
        // spectral(Gaussian(0, 0.14)) = 0.14·Z·ρ/(0.14·ρ(Z)): the same matrix as galvan's up to rounding.
        RnnModel<double> model = ModelInitializer.Create(new InitializationOptions { InitPreset = InitPreset.GalvanMuse })
            .Generate(Addition50, OutputFunction.Linear);
        double[] galvan = Galvan(13).WRec.ToArray(), muse = model.WRec.ToArray();
        Assert.All(Enumerable.Range(0, galvan.Length), i => Assert.Equal(galvan[i], muse[i], 1e-12));
        Assert.NotEqual(galvan, muse);
    }

    [Fact]
    public void Generate_IsDeterministicPerSeed()
    {
        Assert.Equal(Galvan(13).Parameters, Galvan(13).Parameters);
        Assert.NotEqual(Galvan(13).Parameters, Galvan(14).Parameters);
    }

    [Fact]
    public void Generate_Twice_ContinuesTheStreams()
    {
        ModelInitializer initializer = ModelInitializer.Create(new InitializationOptions());
        double first = initializer.Generate(Addition50, OutputFunction.Linear).WIn[0];
        double second = initializer.Generate(Addition50, OutputFunction.Linear).WIn[0];
        var stream = new NumpyRandomState(13);
        Assert.Equal(stream.Normal(0, 0.1), first);
        for (int i = 1; i < 100; i++)
        {
            stream.Normal(0, 0.1);
        }

        Assert.Equal(stream.Normal(0, 0.1), second);
    }

    [Fact]
    public void Restore_ContinuesLikeTheOriginal()
    {
        var options = new InitializationOptions { WInInit = "eigen(seed=3)", WOutInit = "xavier-uniform" };
        var shape = new RnnShape(4, 4, 4);
        ModelInitializer original = ModelInitializer.Create(options);
        original.Generate(shape, OutputFunction.Softmax);
        ModelInitializer restored = ModelInitializer.Restore(options, original.CaptureStreams());
        Assert.Equal(original.Generate(shape, OutputFunction.Softmax).Parameters, restored.Generate(shape, OutputFunction.Softmax).Parameters);
    }

    [Fact]
    public void Restore_WithStatesOfOtherOptions_Throws()
    {
        IReadOnlyList<NumpyRandomStateSnapshot> states = ModelInitializer.Create(new InitializationOptions()).CaptureStreams();
        Assert.Throws<ArgumentException>(() => ModelInitializer.Restore(new InitializationOptions { WInInit = "eigen" }, states));
    }

    [Fact]
    public void Override_ReplacesOnlyItsVariable()
    {
        RnnModel<double> preset = Galvan(13);
        RnnModel<double> model = ModelInitializer.Create(new InitializationOptions { WInInit = "constant(value=0.5)" })
            .Generate(Addition50, OutputFunction.Linear);
        Assert.All(model.WIn.ToArray(), value => Assert.Equal(0.5, value));
        Assert.Equal(preset.WRec.ToArray(), model.WRec.ToArray());
        Assert.Equal(preset.WOut.ToArray(), model.WOut.ToArray());
    }

    [Fact]
    public void Override_SpectralWithoutRho_UsesTheSpectralRadiusOption()
    {
        RnnModel<double> model = ModelInitializer.Create(new InitializationOptions { WRecInit = "spectral(inner=uniform)", SpectralRadius = 0.7 })
            .Generate(new RnnShape(2, 8, 1), OutputFunction.Linear);
        Assert.Equal(0.7, Radius(model.WRec.ToArray(), 8), 10);
    }

    [Fact]
    public void Override_SquareOnlyOnWIn_NamesTheOption()
    {
        ModelInitializer initializer = ModelInitializer.Create(new InitializationOptions { WInInit = "orthogonal" });
        RnnToolsException error = Assert.Throws<RnnToolsException>(() => initializer.Generate(Addition50, OutputFunction.Linear));
        Assert.Equal(ErrorIds.InvalidHyperParameter, error.ErrorId);
        Assert.StartsWith("WInInit: 'orthogonal' needs a square matrix", error.Message);
    }

    [Fact]
    public void Activation_ComesFromThePresetUnlessGiven()
    {
        Assert.Equal(Activation.Relu, ModelInitializer.Create(new InitializationOptions { InitPreset = InitPreset.Irnn }).Activation);
        Assert.Equal(Activation.Sigmoid, ModelInitializer.Create(new InitializationOptions { InitPreset = InitPreset.PascanuSigmoid }).Activation);
        Assert.Equal(Activation.Identity, ModelInitializer.Create(new InitializationOptions { InitPreset = InitPreset.Irnn, Activation = Activation.Identity }).Activation);
    }

    [Fact]
    public void Irnn_IsIdentityAndSmallNormals()
    {
        RnnModel<double> model = ModelInitializer.Create(new InitializationOptions { InitPreset = InitPreset.Irnn })
            .Generate(new RnnShape(2, 3, 1), OutputFunction.Linear);
        Assert.Equal([1.0, 0, 0, 0, 1, 0, 0, 0, 1], model.WRec.ToArray());
        var stream = new NumpyRandomState(13);
        Assert.Equal(stream.Normal(0, 0.001), model.WIn[0]);
    }

    [Fact]
    public void Sutskever2013_SparseFanIn15_Radius11_AndTargetMeanBias()
    {
        var options = new InitializationOptions { InitPreset = InitPreset.Sutskever2013, OutputBias = [0.25, 0.75] };
        RnnModel<double> model = ModelInitializer.Create(options).Generate(new RnnShape(2, 20, 2), OutputFunction.Linear);
        Assert.Equal(1.1, Radius(model.WRec.ToArray(), 20), 10);
        for (int row = 0; row < 20; row++)
        {
            Assert.Equal(15, model.WRec.Slice(row * 20, 20).ToArray().Count(value => value != 0));
        }

        Assert.Equal([0.25, 0.75], model.BOut.ToArray());
        Assert.Equal(new NumpyRandomState(13).Normal(0, 0.001), model.WIn[0]);
        var memorization = ModelInitializer.Create(options with { MemorizationTask = true }).Generate(new RnnShape(2, 20, 2), OutputFunction.Linear);
        Assert.Equal(new NumpyRandomState(13).Normal(0, 0.1), memorization.WIn[0]);
    }

    [Fact]
    public void PascanuBasicTanh_DrawsWuhThenWhhThenWhyFromOneStream()
    {
        var shape = new RnnShape(2, 3, 4);
        RnnModel<double> model = ModelInitializer.Create(new InitializationOptions { InitPreset = InitPreset.PascanuBasicTanh, Seed = 52 })
            .Generate(shape, OutputFunction.Linear);
        var stream = new NumpyRandomState(52);
        double[] wUh = Draw(stream, 2 * 3, 0.1), wHh = Draw(stream, 9, 0.1), wHy = Draw(stream, 3 * 4, 0.1);
        Assert.Equal(Transpose(wUh, 2, 3), model.WIn.ToArray());
        Assert.Equal(Transpose(wHh, 3, 3), model.WRec.ToArray());
        Assert.Equal(Transpose(wHy, 3, 4), model.WOut.ToArray());
    }

    [Fact]
    public void PascanuSmartTanh_Keeps15PerSendingUnit_Radius095_Float32()
    {
        var shape = new RnnShape(6, 20, 4);
        RnnModel<double> model = ModelInitializer.Create(new InitializationOptions { InitPreset = InitPreset.PascanuSmartTanh, Seed = 52 })
            .Generate(shape, OutputFunction.Softmax);
        Assert.Equal(0.95, Radius(model.WRec.ToArray(), 20), 6);
        for (int column = 0; column < 20; column++)
        {
            Assert.Equal(15, Enumerable.Range(0, 20).Count(row => model.WRec[(row * 20) + column] != 0));
        }

        Assert.All(model.WRec.ToArray(), value => Assert.Equal((double)(float)value, value));

        // W_hy follows the W_hh draws and the 20 permutations.
        var stream = new NumpyRandomState(52);
        Draw(stream, (6 * 20) + (20 * 20), 0.01);
        for (int i = 0; i < 20; i++)
        {
            stream.Permutation(20);
        }

        Assert.Equal(stream.Normal(0, 0.01), model.WOut[0]);
    }

    [Fact]
    public void PascanuPreset_CanDrawFromASharedStream()
    {
        var shared = new NumpyRandomState(52);
        ModelInitializer initializer = ModelInitializer.Create(new InitializationOptions { InitPreset = InitPreset.PascanuSigmoid }, shared);
        RnnModel<double> model = initializer.Generate(new RnnShape(1, 1, 1), OutputFunction.Linear);
        Assert.Equal(new NumpyRandomState(52).Normal(0, 0.01), model.WIn[0]);
        Assert.Empty(initializer.CaptureStreams());
        var reference = new NumpyRandomState(52);
        Draw(reference, 3, 0.01);
        Assert.Equal(reference.NextDouble(), shared.NextDouble());
    }

    [Theory]
    [InlineData("SpectralRadius")]
    [InlineData("Seed")]
    [InlineData("WRecInit")]
    public void Validate_RejectsBadValues_NamingTheOption(string parameter)
    {
        InitializationOptions options = parameter switch
        {
            "SpectralRadius" => new InitializationOptions { SpectralRadius = 0 },
            "Seed" => new InitializationOptions { Seed = -1 },
            _ => new InitializationOptions { WRecInit = "bogus" },
        };
        RnnToolsException error = Assert.Throws<RnnToolsException>(options.Validate);
        Assert.StartsWith(parameter + ":", error.Message);
    }

    private static double[] Unscaled(int seed) => Draw(new NumpyRandomState((uint)seed), 2500, 0.1);

    private static double[] Draw(NumpyRandomState stream, int count, double std) => [.. Enumerable.Range(0, count).Select(_ => stream.Normal(0, std))];

    private static double[] Transpose(double[] source, int rows, int columns) =>
        [.. Enumerable.Range(0, rows * columns).Select(k => source[((k % rows) * columns) + (k / rows)])];

    private static double Radius(double[] matrix, int n) => SpectralRadius.Of(matrix, n);
}
