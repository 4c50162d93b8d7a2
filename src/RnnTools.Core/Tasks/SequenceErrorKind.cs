namespace RnnTools.Core.Tasks;

/// <summary>The distance a threshold error rule compares with its threshold (option <c>ErrorKind</c>).</summary>
public enum SequenceErrorKind
{
    /// <summary>|t − y|.</summary>
    Abs,

    /// <summary>(t − y)².</summary>
    Squared,
}
