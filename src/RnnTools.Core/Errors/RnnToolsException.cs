namespace RnnTools.Core.Errors;

/// <summary>A failure the user can fix: carries a stable error id, a kind and the offending target.</summary>
public sealed class RnnToolsException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="errorId">One of the <see cref="ErrorIds"/> constants.</param>
    /// <param name="kind">The failure class.</param>
    /// <param name="message">One clear sentence naming the parameter, file or key at fault.</param>
    /// <param name="target">The object at fault (an options record, a path), or null.</param>
    /// <param name="inner">The underlying exception, if any.</param>
    public RnnToolsException(string errorId, ErrorKind kind, string message, object? target = null, Exception? inner = null)
        : base(message, inner)
    {
        ErrorId = errorId;
        Kind = kind;
        Target = target;
    }

    /// <summary>The stable error id (see <see cref="ErrorIds"/>).</summary>
    public string ErrorId { get; }

    /// <summary>The failure class.</summary>
    public ErrorKind Kind { get; }

    /// <summary>The object at fault, or null.</summary>
    public object? Target { get; }

    /// <summary>An invalid option value, named by its PascalCase parameter name.</summary>
    public static RnnToolsException InvalidParameter(string parameter, string message, object? target = null) =>
        new(ErrorIds.InvalidHyperParameter, ErrorKind.InvalidArgument, $"{parameter}: {message}", target);

    /// <summary>An unreadable, corrupt or wrongly shaped input file.</summary>
    public static RnnToolsException InvalidFile(string path, string message, Exception? inner = null) =>
        new(ErrorIds.InvalidInputFile, ErrorKind.InvalidData, $"{path}: {message}", path, inner);
}
