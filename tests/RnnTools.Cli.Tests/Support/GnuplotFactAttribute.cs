namespace RnnTools.Cli.Tests.Support;

/// <summary>A fact that runs only where gnuplot is on the PATH, and shows as skipped elsewhere.</summary>
public sealed class GnuplotFactAttribute : FactAttribute
{
    /// <summary>Skips when no gnuplot executable is on the PATH.</summary>
    public GnuplotFactAttribute()
    {
        string[] path = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        if (!path.Any(directory => File.Exists(Path.Combine(directory, "gnuplot"))))
        {
            Skip = "gnuplot is not installed here (./build.sh installs gnuplot-nox where apt is available)";
        }
    }
}
