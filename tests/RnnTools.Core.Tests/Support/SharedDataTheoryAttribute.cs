namespace RnnTools.Core.Tests.Support;

/// <summary>A theory that needs ../shared/data/polyphonic and shows as skipped when it is absent.</summary>
public sealed class SharedDataTheoryAttribute : TheoryAttribute
{
    /// <summary>Sets Skip when the shared data folder is absent.</summary>
    public SharedDataTheoryAttribute()
    {
        if (SharedData.PolyphonicFolder is null)
        {
            Skip = "../shared/data/polyphonic is absent";
        }
    }
}
