using System.Globalization;
using RnnTools.Core.Backends;
using RnnTools.Core.Experiments;
using RnnTools.Core.Operations;
using RnnTools.Core.Tests.Support;

namespace RnnTools.Core.Tests.Experiments;

public sealed class GalvanFig31ExperimentTests : IDisposable
{
    private readonly TemporaryDirectory temporary = new("fig31");

    private string results => temporary.Path;

    public void Dispose() => temporary.Dispose();

    [Fact]
    public void TheTableMatchesTheSpecsDerivedReferenceValues()
    {
        new ExperimentRunOperation().Run(new() { Experiment = "galvan-fig3-1", Results = results, Backend = BackendKind.Managed },
            new RecordingSink<SweepRunResult>(), CancellationToken.None);
        string[] lines = File.ReadAllLines(Path.Combine(results, "galvan-fig3-1.csv"));
        Assert.StartsWith("SpectralRadius,Step,NormFull,NormWRec,NormWIn,NormBRec,NormWOut,NormBOut,Cos,Loss,GradNorm,", lines[0], StringComparison.Ordinal);
        Dictionary<double, string[][]> byRho = lines.Skip(1).Select(line => line.Split(',')).GroupBy(fields => Number(fields[0]))
            .ToDictionary(group => group.Key, group => group.ToArray());
        Assert.Equal([0.8, 0.9, 1.0, 1.1, 1.2], byRho.Keys);
        Assert.All(byRho.Values, rows => Assert.Equal(218, rows.Length));

        // experiments.md §1.1: loss, ‖g‖, norm[1] and norm[217] per ρ.
        (double Rho, double Loss, double Grad, double First, double Last)[] reference =
            [(0.8, 1.39912, 0.1520, 1.5e-24, 0.137), (0.9, 1.40126, 0.1737, 5.9e-14, 0.148), (1.0, 1.40431, 0.2515, 4.3e-5, 0.169),
             (1.1, 1.41389, 3.133, 0.114, 0.271), (1.2, 1.45820, 5.828, 0.318, 0.426)];
        foreach ((double rho, double loss, double grad, double first, double last) in reference)
        {
            string[][] rows = byRho[rho];
            Assert.Equal(loss, Number(rows[0][9]), 5e-6);
            Assert.Equal(grad, Number(rows[0][10]), grad * 1e-3);
            Assert.Equal(first, Number(rows[1][2]), first * 0.05);
            Assert.Equal(last, Number(rows[217][2]), last * 0.005);
        }
    }

    private static double Number(string text) => double.Parse(text, CultureInfo.InvariantCulture);
}
