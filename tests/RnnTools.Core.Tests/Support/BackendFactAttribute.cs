using RnnTools.Core.Backends;

namespace RnnTools.Core.Tests.Support;

/// <summary>
/// A fact that runs only where the backend's availability is as required (available by default), and shows as
/// skipped elsewhere, so a missing MKL or GPU never passes silently.
/// </summary>
public sealed class BackendFactAttribute : FactAttribute
{
    /// <summary>Requires <paramref name="kind"/> to be available, or unavailable when <paramref name="available"/> is false.</summary>
    public BackendFactAttribute(BackendKind kind, bool available = true)
    {
        BackendProbe probe = BackendRegistry.Probe(kind);
        if (probe.IsAvailable != available)
        {
            Skip = available ? $"{kind} is unavailable here: {probe.Reason}" : $"{kind} is available here";
        }
    }
}
