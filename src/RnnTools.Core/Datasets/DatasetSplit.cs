namespace RnnTools.Core.Datasets;

/// <summary>The three splits of a polyphonic dataset.</summary>
public enum DatasetSplit
{
    /// <summary>The training split (<c>"train"</c>).</summary>
    Train,

    /// <summary>The validation split (<c>"valid"</c>).</summary>
    Valid,

    /// <summary>The test split (<c>"test"</c>).</summary>
    Test,
}
