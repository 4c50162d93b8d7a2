namespace RnnTools.Cli.Infrastructure;

/// <summary>How a command shows progress on stderr (conventions.md §4 "Progress").</summary>
public enum ProgressMode
{
    /// <summary>No progress (<c>--no-progress</c>).</summary>
    None,

    /// <summary>Plain lines, at most one per 5 s plus one per milestone (redirected streams or <c>CI=true</c>).</summary>
    Plain,

    /// <summary>Live Spectre.Console progress bars (an interactive terminal on both stdout and stderr).</summary>
    Terminal,
}
