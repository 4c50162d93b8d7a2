namespace RnnTools.Core.Tests.Support;

/// <summary>Thrown by <see cref="MemoryHistory"/> to stand for a killed process.</summary>
public sealed class SimulatedCrashException : Exception
{
    /// <summary>Creates the exception.</summary>
    public SimulatedCrashException()
        : base("simulated kill")
    {
    }
}
