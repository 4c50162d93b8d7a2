using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using RnnTools.Cli.Tests.Support;

namespace RnnTools.Cli.Tests;

public sealed class FigureScriptTests : IDisposable
{
    /// <summary>
    /// A few rows of every figure's data, with the columns the experiments write. Some are partial on purpose, as
    /// during a sweep: galvan-fig4-2 has no rows for seed 15, so its panel must still draw, and galvan-fig4-1 and pascanu-fig7 have a
    /// length with only some of its runs done, in a series that is not the first (gnuplot runs an empty plot iteration
    /// once, so a key entry guarded by one would show up for the first series).
    /// </summary>
    private static readonly Dictionary<string, string> Fixtures = new()
    {
        ["galvan-fig3-1"] = "SpectralRadius,Step,NormFull,NormWRec,NormWIn,NormBRec,NormWOut,NormBOut,Cos,Loss,GradNorm,BackendDescription,ToolVersion,GitCommit\n"
            + string.Concat(new[] { "0.8", "0.9", "1", "1.1", "1.2" }.SelectMany(rho => new[] { $"{rho},0,1E-20,0,0,0,0,0,0.1,1.4,0.15,\"Managed (x, y)\",0.1.0,abc\n", $"{rho},1,0.1,0,0,0,0,0,0.2,1.4,0.15,\"Managed (x, y)\",0.1.0,abc\n" })),
        ["galvan-fig3-2"] = "Task,Iteration,Step,NormFull,Cos,NormWRec,NormWIn,NormBRec,NormWOut,NormBOut\nTemporalOrder,0,0,0.07,0.2,0,0,0,0,0\nTemporalOrder,0,1,0.8,0.4,0,0,0,0,0\nAddition,0,0,0.1,-0.3,0,0,0,0,0\nAddition,0,1,3.9,0.5,0,0,0,0,0\n",
        ["galvan-fig3-3"] = "Task,Iteration,Step,NormFull,Cos,NormWRec,NormWIn,NormBRec,NormWOut,NormBOut\nTemporalOrder,1000,0,0.07,0.2,0,0,0,0,0\nAddition,1000,0,0.0001,0.5,0,0,0,0,0\n",
        ["galvan-fig4-1"] = "Series,Length,Planned,Runs,Successes,SuccessRate,MeanIterationsSolved,MeanInitialRho\nSGD-C rho>1,10,3,3,3,100,1500,1.2\n"
            + "SGD-C rho<1,10,3,3,3,100,6500,0.76\nSGD-C rho<1,20,3,1,1,100,70200,0.76\nSGD-C rho<1,50,3,0,0,NaN,NaN,NaN\n",
        ["galvan-fig4-2"] = "Series,Seed,HiddenSize,Check,Iteration,ValidLoss,ValidError,TrainMonitorLoss\n"
            + string.Concat(new[] { 13, 14 }.Select(seed => $"anti-gradient,{seed},50,0,0,0.05,0.9,NaN\nsimplex,{seed},50,1,200,0.04,0.8,NaN\nsimplex with conditional switching,{seed},50,2,400,0.0002,0.001,NaN\n")),
        ["galvan-fig4-3"] = "Series,Seed,HiddenSize,Check,Iteration,ValidLoss,ValidError,TrainMonitorLoss\n"
            + string.Concat(new[] { 50, 100 }.Select(size => $"{size},13,{size},0,0,12.5,12.6,12.4\n{size},13,{size},1,200,7.1,7.2,6.9\n")),
        ["pascanu-fig7"] = "Init,Series,Length,Planned,Runs,Successes,SuccessRate\nPascanuSmartTanh,SGD,20,2,2,1,50\nPascanuSmartTanh,SGD-C,50,5,1,1,100\n"
            + "PascanuSmartTanh,SGD-CR,50,2,2,2,100\n",
    };

    /// <summary>Tables a figure reads besides its own data: galvan-fig4-3 stars each model's best validation loss from
    /// galvan-tab4-3 (partial here: two of the four models finished).</summary>
    private static readonly Dictionary<string, string> Tables = new()
    {
        ["galvan-tab4-3"] = "HiddenSize,BestIteration,ValidSeqMean,TestSeqMean,TrainSeqMean,TestFrameWeighted,TrainFrameWeighted,Iterations\n"
            + "50,200,7.1,7.0,6.9,7.9,7.8,400\n100,200,7.1,7.0,6.9,7.9,7.8,400\n",
    };

    private readonly TemporaryDirectory temporary = new("figures");

    private string results => temporary.Path;

    public void Dispose() => temporary.Dispose();

    [Fact]
    public void EveryFigureScriptHasAFixture()
    {
        string[] scripts = [.. Directory.GetFiles(Path.Combine(Root(), "scripts"), "*.gp").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal)!];
        Assert.Equal(Fixtures.Keys.Order(StringComparer.Ordinal), scripts);
    }

    [GnuplotFact]
    public void EveryFigureScriptRendersAnSvgWithoutWarnings()
    {
        foreach ((string id, string csv) in Tables)
        {
            Write(id, csv);
        }

        foreach (string id in Fixtures.Keys)
        {
            string svg = RenderFixture(id);
            Assert.Contains("<svg", svg, StringComparison.Ordinal);
            Assert.Contains("</svg>", svg, StringComparison.Ordinal);
        }
    }

    [GnuplotFact]
    public void MuseDataFigureKeyListsOnlyTheModelsWithData()
    {
        Write("galvan-tab4-3", Tables["galvan-tab4-3"]);

        string svg = RenderFixture("galvan-fig4-3");

        Assert.Contains(">100 (validation)<", svg, StringComparison.Ordinal);
        Assert.Contains(">50 (train)<", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("200 (", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("300 (", svg, StringComparison.Ordinal);
    }

    /// <summary>Until the first MuseData model finishes, galvan-tab4-3.csv holds only its header, and at the very start so
    /// does the curve file. gnuplot may warn that a file has no points, but the figure must still render.</summary>
    [GnuplotFact]
    public void MuseDataFigureRendersBeforeAnyModelHasFinished()
    {
        Write("galvan-tab4-3", Header(Tables["galvan-tab4-3"]));
        Write("galvan-fig4-3", Fixtures["galvan-fig4-3"]);

        (int runningExit, string runningMessages) = Run("galvan-fig4-3");
        string running = Svg("galvan-fig4-3");
        Write("galvan-fig4-3", Header(Fixtures["galvan-fig4-3"]));
        (int emptyExit, string emptyMessages) = Run("galvan-fig4-3");
        string empty = Svg("galvan-fig4-3");

        Assert.True(runningExit == 0, runningMessages);
        Assert.Contains(">50 (train)<", running, StringComparison.Ordinal);
        Assert.True(emptyExit == 0, emptyMessages);
        Assert.DoesNotContain("(train)", empty, StringComparison.Ordinal);
        Assert.DoesNotContain("(validation)", empty, StringComparison.Ordinal);
    }

    [GnuplotFact]
    public void SuccessRateFiguresMarkUnfinishedLengthsApart()
    {
        string thesis = RenderFixture("galvan-fig4-1");
        string paper = RenderFixture("pascanu-fig7");

        Assert.Contains(">SGD-C rho&lt;1, unfinished (runs done/planned)<", thesis, StringComparison.Ordinal);
        Assert.Contains(">1/3<", thesis, StringComparison.Ordinal);
        Assert.DoesNotContain("rho>1, unfinished", thesis, StringComparison.Ordinal);
        Assert.Contains(">SGD-C, unfinished (runs done/planned)<", paper, StringComparison.Ordinal);
        Assert.Contains(">1/5<", paper, StringComparison.Ordinal);
        Assert.DoesNotContain(">SGD, unfinished", paper, StringComparison.Ordinal);
        Assert.DoesNotContain(">SGD-CR, unfinished", paper, StringComparison.Ordinal);
    }

    /// <summary>At long lengths the rates sit at the top right, where a key inside the panel would cover them.</summary>
    [GnuplotFact]
    public void PaperFigureKeysSitBelowTheAxisLabels()
    {
        string svg = RenderFixture("pascanu-fig7");

        double axisLabel = TextHeights(svg, "sequence length").Max();
        Assert.All(new[] { "SGD", "SGD-C", "SGD-CR", "SGD-C, unfinished (runs done/planned)" },
            entry => Assert.All(TextHeights(svg, entry), y => Assert.True(y > axisLabel, $"{entry} at y={y}, above the axis label at {axisLabel}")));
    }

    /// <summary>At short lengths every series tends to succeed always, so their points coincide; each must stay visible
    /// there rather than be hidden under the series drawn last.</summary>
    [GnuplotFact]
    public void SuccessRateSeriesStayVisibleWhereTheirPointsCoincide()
    {
        (string Id, string Header, string[] Rows)[] figures =
        [
            ("galvan-fig4-1", "Series,Length,Planned,Runs,Successes,SuccessRate,MeanIterationsSolved,MeanInitialRho",
                [.. new[] { "SGD-C rho>1", "SGD-C rho<1" }.Select(series => $"{series},10,3,3,3,100,1500,1")]),
            ("pascanu-fig7", "Init,Series,Length,Planned,Runs,Successes,SuccessRate",
                [.. new[] { "SGD", "SGD-C", "SGD-CR" }.Select(series => $"PascanuSmartTanh,{series},20,5,5,5,100")]),
        ];

        foreach ((string id, string header, string[] rows) in figures)
        {
            Write(id, string.Concat(rows.Prepend(header).Select(line => line + "\n")));
            (int exit, string messages) = Run(id);

            Assert.True(exit == 0, messages);
            var coinciding = Markers(Svg(id)).GroupBy(marker => marker.At).Single(place => place.Count() == rows.Length);
            Assert.Equal(rows.Length, coinciding.Select(marker => marker.Symbol).Distinct().Count());
            Assert.Equal(rows.Length, coinciding.Select(marker => marker.Scale).Distinct().Count());
        }
    }

    private void Write(string id, string csv) => File.WriteAllText(Path.Combine(results, id + ".csv"), csv);

    private static string Header(string csv) => csv[..(csv.IndexOf('\n') + 1)];

    /// <summary>Every point marker of an SVG: its symbol, its position and its scale, as gnuplot writes them.</summary>
    private static IEnumerable<(string Symbol, string At, string Scale)> Markers(string svg) =>
        Regex.Matches(svg, @"<use xlink:href='#(gpPt\d+)' transform='translate\(([\d.]+,[\d.]+)\) scale\(([\d.]+)\)'")
            .Select(match => (match.Groups[1].Value, match.Groups[2].Value, match.Groups[3].Value));

    /// <summary>The y positions of every SVG text element that reads exactly <paramref name="text"/> (at least one).</summary>
    private static double[] TextHeights(string svg, string text)
    {
        double[] heights = [.. Regex.Matches(svg, @"translate\([\d.]+,([\d.]+)\)[^>]*>\s*<text><tspan[^>]*>" + Regex.Escape(text) + "<")
            .Select(match => double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture))];
        Assert.NotEmpty(heights);
        return heights;
    }

    private string Svg(string id) => File.ReadAllText(Path.Combine(results, id + ".svg"));

    /// <summary>Writes the fixture of <paramref name="id"/> and renders it with <see cref="Render"/>.</summary>
    private string RenderFixture(string id)
    {
        Write(id, Fixtures[id]);
        return Render(id);
    }

    /// <summary>Runs <see cref="Run"/>, asserts it exits 0 without any message (a warning means a series was empty or
    /// out of range) and returns the SVG it wrote.</summary>
    private string Render(string id)
    {
        (int exitCode, string messages) = Run(id);
        Assert.True(exitCode == 0 && messages.Length == 0, $"{id}: {messages}");
        return Svg(id);
    }

    /// <summary>Runs scripts/ID.gp on the CSVs in the temporary results folder and returns its exit code and what it
    /// wrote to standard error.</summary>
    private (int ExitCode, string Messages) Run(string id)
    {
        var start = new ProcessStartInfo("gnuplot") { WorkingDirectory = Root(), RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("-e");
        start.ArgumentList.Add($"results='{results}'");
        start.ArgumentList.Add(Path.Combine("scripts", id + ".gp"));
        using Process process = Process.Start(start)!;
        string messages = process.StandardError.ReadToEnd();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(1)));
        return (process.ExitCode, messages);
    }

    private static string Root()
    {
        for (DirectoryInfo? directory = new(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "RnnTools.sln")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException("RnnTools.sln not found above the test binaries.");
    }
}
