namespace RnnTools.Core.Csv;

/// <summary>What to do when a result file already exists.</summary>
public enum ResultFileMode
{
    /// <summary>Replace it.</summary>
    Overwrite,

    /// <summary>Refuse (<c>ResultFileExists</c>).</summary>
    NoClobber,

    /// <summary>Append rows after checking that its header is this record's header and that it ends with a newline.</summary>
    Append,
}
