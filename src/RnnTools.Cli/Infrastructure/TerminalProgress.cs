using RnnTools.Core.Operations;
using Spectre.Console;

namespace RnnTools.Cli.Infrastructure;

/// <summary>
/// Live progress bars on an interactive terminal (Spectre.Console on stderr), one per activity. The display starts
/// with the first report, so commands that report nothing draw nothing, and stops with the operation's final report
/// (before the command prints its rows) or when disposed.
/// </summary>
public sealed class TerminalProgress : IProgress<ProgressUpdate>, IDisposable
{
    private readonly IAnsiConsole console;
    private readonly object gate = new();
    private readonly Dictionary<string, ProgressTask> tasks = new(StringComparer.Ordinal);
    private ManualResetEventSlim? finished;
    private Task? display;
    private ProgressContext? context;
    private bool unavailable;

    /// <summary>Creates the display over a console (stderr in the CLI).</summary>
    public TerminalProgress(IAnsiConsole console)
    {
        this.console = console;
        Writer = new AnsiConsoleWriter(console);
    }

    /// <summary>A writer for diagnostics that keeps the bars intact.</summary>
    public TextWriter Writer { get; }

    /// <inheritdoc />
    public void Report(ProgressUpdate value)
    {
        ArgumentNullException.ThrowIfNull(value);
        lock (gate)
        {
            if (context is null && !Start())
            {
                return;
            }

            if (!tasks.TryGetValue(value.Activity, out ProgressTask? task))
            {
                task = context!.AddTask(Markup.Escape(value.Activity));
                tasks.Add(value.Activity, task);
            }

            task.Description = Markup.Escape($"{value.Activity}: {value.Status}");
            task.IsIndeterminate = value.Total <= 0;
            if (value.Total > 0)
            {
                task.MaxValue = value.Total;
                task.Value = Math.Min(value.Current, value.Total);
            }

            if (value.Completed)
            {
                foreach (ProgressTask done in tasks.Values)
                {
                    done.Value = done.MaxValue;
                    done.StopTask();
                }

                Stop();
            }
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        lock (gate)
        {
            Stop();
        }
    }

    private bool Start()
    {
        if (unavailable)
        {
            return false;
        }

        var ready = new TaskCompletionSource<ProgressContext?>(TaskCreationOptions.RunContinuationsAsynchronously);
        var done = new ManualResetEventSlim();
        Task running = Task.Run(() =>
        {
            try
            {
                console.Progress()
                    .AutoClear(false)
                    .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(),
                        new SpinnerColumn())
                    .Start(started =>
                    {
                        ready.TrySetResult(started);
                        done.Wait();
                    });
            }
            finally
            {
                ready.TrySetResult(null);
            }
        });
        context = ready.Task.GetAwaiter().GetResult();
        if (context is null)
        {
            // The terminal could not show the bars: progress is dropped for the rest of the command, never fatal.
            unavailable = true;
            running.ContinueWith(t => t.Exception, TaskScheduler.Default);
            done.Dispose();
            return false;
        }

        display = running;
        finished = done;
        return true;
    }

    private void Stop()
    {
        if (display is null)
        {
            return;
        }

        finished!.Set();
        display.GetAwaiter().GetResult();
        finished.Dispose();
        display = null;
        finished = null;
        context = null;
        tasks.Clear();
    }
}
