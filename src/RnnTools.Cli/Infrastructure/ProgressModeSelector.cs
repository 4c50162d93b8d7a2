namespace RnnTools.Cli.Infrastructure;

/// <summary>
/// Chooses the progress display. Live bars need both stdout and stderr on a terminal and <c>CI</c> not true: checked
/// here, because Spectre.Console still reports an interactive console under <c>CI=true</c> in a terminal.
/// </summary>
public static class ProgressModeSelector
{
    /// <summary>The mode for these conditions.</summary>
    /// <param name="noProgress">Whether <c>--no-progress</c> was given.</param>
    /// <param name="outputRedirected">Whether stdout is redirected.</param>
    /// <param name="errorRedirected">Whether stderr is redirected.</param>
    /// <param name="ci">The value of the <c>CI</c> environment variable, or null.</param>
    public static ProgressMode Choose(bool noProgress, bool outputRedirected, bool errorRedirected, string? ci) =>
        noProgress ? ProgressMode.None
        : outputRedirected || errorRedirected || IsTrue(ci) ? ProgressMode.Plain
        : ProgressMode.Terminal;

    /// <summary>The mode of this process.</summary>
    public static ProgressMode ForConsole(bool noProgress) =>
        Choose(noProgress, Console.IsOutputRedirected, Console.IsErrorRedirected, Environment.GetEnvironmentVariable("CI"));

    private static bool IsTrue(string? value) =>
        string.Equals(value?.Trim(), "true", StringComparison.OrdinalIgnoreCase) || value?.Trim() == "1";
}
