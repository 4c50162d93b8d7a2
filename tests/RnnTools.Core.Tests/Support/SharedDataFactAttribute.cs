namespace RnnTools.Core.Tests.Support;

/// <summary>A fact that needs ../shared/data/polyphonic and shows as skipped (never passed) when it is absent.</summary>
public sealed class SharedDataFactAttribute : FactAttribute
{
    /// <summary>Sets Skip when the shared data folder is absent.</summary>
    public SharedDataFactAttribute()
    {
        if (SharedData.PolyphonicFolder is null)
        {
            Skip = "../shared/data/polyphonic is absent";
        }
    }
}
