namespace RnnTools.Core.Experiments;

/// <summary>
/// The exclusive lock a process holds on a run's checkpoint directory while it trains the run (an OS file lock, so it
/// is released when the process dies): two sweeps, or two Slurm tasks, never train one run at once, and
/// <c>experiment status</c> can tell a running run from an interrupted one.
/// </summary>
public sealed class RunLock : IDisposable
{
    private const string FileName = "running.lock";
    private readonly FileStream stream;
    private readonly string path;

    private RunLock(FileStream stream, string path)
    {
        this.stream = stream;
        this.path = path;
    }

    /// <summary>Takes the lock of <paramref name="directory"/> (created if needed), or returns null when another holder has it.</summary>
    public static RunLock? TryAcquire(string directory)
    {
        Directory.CreateDirectory(directory);
        string path = Path.Combine(directory, FileName);
        try
        {
            return new RunLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None), path);
        }
        catch (IOException)
        {
            return null;
        }
    }

    /// <summary>Whether some process holds the lock of <paramref name="directory"/> now.</summary>
    public static bool IsHeld(string directory)
    {
        if (!File.Exists(Path.Combine(directory, FileName)))
        {
            return false;
        }

        using RunLock? probe = TryAcquire(directory);
        return probe is null;
    }

    /// <summary>Releases the lock and removes its file.</summary>
    public void Dispose()
    {
        File.Delete(path);
        stream.Dispose();
    }
}
