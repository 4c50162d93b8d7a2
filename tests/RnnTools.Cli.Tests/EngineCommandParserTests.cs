using RnnTools.Cli.Commands;
using RnnTools.Core.Backends;
using RnnTools.Core.Model;
using RnnTools.Core.Operations.Gradients;
using RnnTools.Core.Operations.Models;
using RnnTools.Core.Operations.Performance;
using RnnTools.Core.Operations.Spectrum;

namespace RnnTools.Cli.Tests;

/// <summary>The subcommands build the same options records as the core defaults and the values typed (the vocabulary test).</summary>
public sealed class EngineCommandParserTests
{
    [Fact]
    public void ModelNew_BuildsTheOptionsRecord()
    {
        var parse = CliApplication.BuildRoot().Parse("model new --input-size 6 --output-size 4 --activation relu --output-function softmax --spectral-radius 0.9 --seed 5 --precision float64");

        NewModelOptions options = ModelNewCommand.BuildOptions(parse);

        Assert.Empty(parse.Errors);
        Assert.Equal(new NewModelOptions { InputSize = 6, OutputSize = 4, Activation = Activation.Relu, OutputFunction = OutputFunction.Softmax, SpectralRadius = 0.9,
            Seed = 5, Precision = Precision.Float64 }, options);
    }

    [Fact]
    public void ModelNew_Defaults_AreTheRecordDefaults()
    {
        NewModelOptions options = ModelNewCommand.BuildOptions(CliApplication.BuildRoot().Parse("model new --input-size 2 --output-size 1"));

        Assert.Equal(new NewModelOptions { InputSize = 2, OutputSize = 1 }, options);
    }

    [Fact]
    public void Gradcheck_Defaults_AreTheRecordDefaults()
    {
        Assert.Equal(new GradientCheckOptions(), GradcheckCommand.BuildOptions(CliApplication.BuildRoot().Parse("gradcheck")));
    }

    [Fact]
    public void MeasureGradient_BuildsTheOptionsRecord()
    {
        var parse = CliApplication.BuildRoot().Parse("measure-gradient --model m.json --batch-file b.json --precision float64 --backend managed --threads 2");

        Assert.Equal(new MeasureGradientOptions { ModelPath = "m.json", BatchPath = "b.json", Precision = Precision.Float64, Backend = BackendKind.Managed, Threads = 2 },
            MeasureGradientCommand.BuildOptions(parse));
    }

    [Fact]
    public void Spectrum_BuildsTheOptionsRecord()
    {
        var parse = CliApplication.BuildRoot().Parse("spectrum --model m.json --batch-file b.json");

        Assert.Equal(new SpectrumOptions { ModelPath = "m.json", BatchPath = "b.json" }, SpectrumCommand.BuildOptions(parse));
    }

    [Fact]
    public void Bench_AcceptsCommaAndSpaceSeparatedWorkloads()
    {
        PerformanceOptions options = BenchCommand.BuildOptions(CliApplication.BuildRoot().Parse("bench --workload addition-100,music-300 temporal-order-200 --seconds 0.5"));
        PerformanceOptions defaults = BenchCommand.BuildOptions(CliApplication.BuildRoot().Parse("bench"));

        Assert.Equal(["addition-100", "music-300", "temporal-order-200"], options.Workload.ToArray());
        Assert.Equal(0.5, options.Seconds);
        Assert.Equal(new PerformanceOptions().Workload.ToArray(), defaults.Workload.ToArray());
        Assert.Equal((new PerformanceOptions().Seconds, BackendKind.Auto, (int?)null), (defaults.Seconds, defaults.Backend, defaults.Threads));
    }
}
