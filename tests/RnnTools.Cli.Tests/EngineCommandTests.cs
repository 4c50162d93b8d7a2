using System.Text.RegularExpressions;
using RnnTools.Cli.Tests.Support;
using RnnTools.Core.Model;
using RnnTools.Core.Operations;
using RnnTools.Core.Tasks;

namespace RnnTools.Cli.Tests;

/// <summary>Process tests of model new/info, measure-gradient, spectrum, gradcheck and bench.</summary>
public sealed class EngineCommandTests : IDisposable
{
    private readonly TemporaryDirectory temporary = new("cli");

    private string directory => temporary.Path;

    public void Dispose() => temporary.Dispose();

    [Fact]
    public void ModelNew_WritesTheThesisModel_AndModelInfoDescribesIt()
    {
        string model = NewModel();

        CliProcess.Result info = CliProcess.Run("model", "info", "--model", model, "--format", "csv");

        Assert.Equal(0, info.ExitCode);
        string[] lines = info.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("InputSize,HiddenSize,OutputSize,ParameterCount,Activation,ActivationBeta,OutputFunction,Precision,Rho,MaxSingular,MinSingular,SingularVar,HochreiterTau,Seed", lines[0]);
        Assert.StartsWith("6,50,4,3054,Tanh,1,Softmax,Float32,1.19999", lines[1]);
        Assert.Equal(Precision.Float32, ModelFile.Read(model).Precision);
    }

    [Fact]
    public void ModelNew_NoClobber_RefusesAnExistingFileWithOneLine()
    {
        string model = NewModel();

        CliProcess.Result again = CliProcess.Run("model", "new", "--input-size", "6", "--output-size", "4", "--out", model, "--no-clobber");

        Assert.Equal(2, again.ExitCode);
        Assert.Single(again.ErrorLines);
        Assert.Contains("exists", again.Stderr);
    }

    [Theory]
    [InlineData("--input-size", "0", "InputSize")]
    [InlineData("--spectral-radius", "abc", "--spectral-radius")]
    [InlineData("--activation", "swish", "swish")]
    public void ModelNew_BadValue_IsBadInputWithOneLine(string option, string value, string named)
    {
        var values = new Dictionary<string, string> { ["--input-size"] = "6", ["--output-size"] = "4", [option] = value };
        var args = new List<string> { "model", "new" };
        foreach ((string name, string text) in values)
        {
            args.AddRange([name, text]);
        }

        CliProcess.Result result = CliProcess.Run(args);

        Assert.Equal(2, result.ExitCode);
        Assert.Single(result.ErrorLines);
        Assert.Contains(named, result.Stderr);
    }

    [Fact]
    public void ModelNew_UnderGermanCulture_ParsesNumbersInvariantly()
    {
        string english = Path.Combine(directory, "en.json"), german = Path.Combine(directory, "de.json");
        string[] args = ["model", "new", "--input-size", "2", "--hidden-size", "8", "--output-size", "1", "--spectral-radius", "1.25"];

        CliProcess.Run([.. args, "--out", english]);
        CliProcess.Result result = CliProcess.Run([.. args, "--out", german], new Dictionary<string, string> { ["LC_ALL"] = "de_DE.UTF-8" });

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(File.ReadAllText(english), File.ReadAllText(german));
    }

    [Fact]
    [Trait("Category", "Slow")]
    public void MeasureGradient_WritesOneRowPerStepWithTheExactHeader()
    {
        string model = NewModel(), batch = WriteBatch(6, 4, 11), output = Path.Combine(directory, "norms.csv");

        CliProcess.Result result = CliProcess.Run("measure-gradient", "--model", model, "--batch-file", batch, "--out", output);

        Assert.Equal(0, result.ExitCode);
        string[] lines = File.ReadAllLines(output);
        Assert.Equal("Step,NormFull,NormWRec,NormWIn,NormBRec,NormWOut,NormBOut,Cos,Loss,GradNorm", lines[0]);
        Assert.Equal(12, lines.Length);
        Assert.Equal(Enumerable.Range(0, 11).Select(t => t.ToString(System.Globalization.CultureInfo.InvariantCulture)), lines[1..].Select(l => l.Split(',')[0]));
        Assert.Single(lines[1..].Select(l => string.Join(',', l.Split(',')[8..])).Distinct());
    }

    [Fact]
    public void MeasureGradient_MismatchedBatch_IsBadInputNamingTheKey()
    {
        string model = NewModel(), batch = WriteBatch(3, 4, 5);

        CliProcess.Result result = CliProcess.Run("measure-gradient", "--model", model, "--batch-file", batch);

        Assert.Equal(2, result.ExitCode);
        Assert.Single(result.ErrorLines);
        Assert.Contains("'inputs'", result.Stderr);
    }

    [Fact]
    public void Spectrum_WithBatch_PrintsOneRowPerStep()
    {
        string model = NewModel(), batch = WriteBatch(6, 4, 6);

        CliProcess.Result result = CliProcess.Run("spectrum", "--model", model, "--batch-file", batch, "--format", "csv");

        Assert.Equal(0, result.ExitCode);
        string[] lines = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("Backend,Rho,MaxSingular,MinSingular,SingularVar,HochreiterTau,Step,JacobianMean,JacobianMax,JacobianBound,BackendDescription", lines[0]);
        Assert.Equal(7, lines.Length);
        Assert.StartsWith("managed,", lines[1]);
    }

    [Fact]
    public void Gradcheck_Passes_AndAnImpossibleToleranceExitsWithOne()
    {
        CliProcess.Result pass = CliProcess.Run("gradcheck", "--activation", "sigmoid", "--output-function", "logistic");
        CliProcess.Result fail = CliProcess.Run("gradcheck", "--tolerance", "1e-300", "--format", "csv");

        Assert.Equal(0, pass.ExitCode);
        Assert.Matches(@"^Activation\s+OutputFunction\s+LossKind", pass.Stdout);
        Assert.Contains("BinaryCrossEntropy", pass.Stdout);
        Assert.Equal(1, fail.ExitCode);
        Assert.Contains(",false,", fail.Stdout);
    }

    [Fact]
    public void Bench_Csv_HasTheDocumentedHeader()
    {
        CliProcess.Result result = CliProcess.Run("bench", "--workload", "addition-100", "--seconds", "0.01", "--format", "csv");

        Assert.Equal(0, result.ExitCode);
        string[] lines = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Workload,Backend,Threads,MsPerIteration,Iterations,Gflops,BackendDescription,ToolVersion,GitCommit,Timestamp", lines[0]);
        Assert.StartsWith("addition-100,managed,1,", lines[1]);
        Assert.Matches(@",""Managed \(.NET [^""]+, threads=1\)""," + Regex.Escape(ToolInfo.Version) + @",[0-9a-f]*,\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$", lines[1]);
    }

    [Fact]
    public void Bench_UnknownWorkload_IsBadInput()
    {
        CliProcess.Result result = CliProcess.Run("bench", "--workload", "frobnicate");

        Assert.Equal(2, result.ExitCode);
        Assert.Single(result.ErrorLines);
        Assert.Contains("frobnicate", result.Stderr);
    }

    private string NewModel()
    {
        string path = Path.Combine(directory, $"m{Guid.NewGuid():N}.json");
        CliProcess.Result result = CliProcess.Run("model", "new", "--input-size", "6", "--hidden-size", "50", "--output-size", "4", "--activation", "tanh",
            "--output-function", "softmax", "--spectral-radius", "1.2", "--seed", "13", "--out", path);
        Assert.Equal(0, result.ExitCode);
        return path;
    }

    private string WriteBatch(int inputs, int outputs, int length)
    {
        const int size = 2;
        var batch = new Batch(length, inputs, outputs, size, new double[length * inputs * size], new double[length * outputs * size],
            new double[length * outputs * size], [length, length]);
        for (int t = 0; t < length; t++)
        {
            for (int b = 0; b < size; b++)
            {
                batch.Inputs[batch.InputIndex(t, (t + b) % inputs, b)] = 1;
            }
        }

        for (int b = 0; b < size; b++)
        {
            batch.Targets[batch.OutputIndex(length - 1, b % outputs, b)] = 1;
            for (int o = 0; o < outputs; o++)
            {
                batch.Mask[batch.OutputIndex(length - 1, o, b)] = 1;
            }
        }

        string path = Path.Combine(directory, $"b{inputs}-{length}.json");
        File.WriteAllText(path, BatchFile.ToJson(batch, new BatchIdentity("TemporalOrder", "galvan", "plain", length, 1)));
        return path;
    }
}
