using System.Management.Automation;
using RnnTools.Core.Errors;

namespace RnnTools.PowerShell.Infrastructure;

/// <summary>Builds PowerShell error records from core exceptions.</summary>
internal static class ErrorRecords
{
    /// <summary>The error record of a core exception, with its id, category and target.</summary>
    public static ErrorRecord From(RnnToolsException exception, object? target) =>
        new(exception, exception.ErrorId, Category(exception.Kind), target ?? exception.Target);

    /// <summary>The one mapping from the core's error kinds to PowerShell categories.</summary>
    public static ErrorCategory Category(ErrorKind kind) => kind switch
    {
        ErrorKind.InvalidArgument => ErrorCategory.InvalidArgument,
        ErrorKind.NotInstalled => ErrorCategory.NotInstalled,
        ErrorKind.ResourceExists => ErrorCategory.ResourceExists,
        ErrorKind.InvalidData => ErrorCategory.InvalidData,
        ErrorKind.WriteError => ErrorCategory.WriteError,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown error kind."),
    };
}
