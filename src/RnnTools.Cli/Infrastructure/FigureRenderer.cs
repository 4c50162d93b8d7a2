using System.ComponentModel;
using System.Diagnostics;
using RnnTools.Core.Experiments;

namespace RnnTools.Cli.Infrastructure;

/// <summary>
/// Draws an experiment's figures after its tables are written: for the experiment and every id it also writes, runs
/// <c>gnuplot -e "results='&lt;root&gt;'" scripts/&lt;id&gt;.gp</c> when that file exists under the working directory,
/// which writes <c>&lt;root&gt;/&lt;id&gt;.svg</c>. Without gnuplot it says so once and draws nothing.
/// </summary>
public static class FigureRenderer
{
    /// <summary>The directory of the .gp files, relative to the working directory (the repository root).</summary>
    public const string ScriptsDirectory = "scripts";

    /// <summary>Draws the figures of the experiment of <paramref name="options"/> from its tables.</summary>
    public static void Draw(ExperimentRunOptions options, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(error);
        (Experiment experiment, ExperimentPaths paths) = ExperimentCatalog.Open(options);
        foreach (string id in new[] { experiment.Id }.Concat(experiment.AlsoWrites))
        {
            string script = Path.Combine(ScriptsDirectory, id + ".gp");
            if (File.Exists(script) && File.Exists(paths.Table(id)) && !Run(script, paths.Root, error))
            {
                return;
            }
        }
    }

    private static bool Run(string script, string root, TextWriter error)
    {
        var start = new ProcessStartInfo("gnuplot") { UseShellExecute = false, RedirectStandardError = true };
        start.ArgumentList.Add("-e");
        start.ArgumentList.Add($"results='{root.Replace("'", "''", StringComparison.Ordinal)}'");
        start.ArgumentList.Add(script);
        try
        {
            using Process process = Process.Start(start)!;
            string messages = process.StandardError.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                error.WriteLine($"warning: gnuplot {script} failed (exit code {process.ExitCode}): {messages.Trim()}");
            }

            return true;
        }
        catch (Win32Exception)
        {
            error.WriteLine("notice: gnuplot is not installed, so no figure was drawn (./build.sh installs gnuplot-nox where apt is available).");
            return false;
        }
    }
}
