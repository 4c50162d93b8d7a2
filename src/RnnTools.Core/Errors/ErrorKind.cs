namespace RnnTools.Core.Errors;

/// <summary>The class of a user-fixable failure; hosts map it to an error category and an exit code.</summary>
public enum ErrorKind
{
    /// <summary>A parameter value is outside its limits or names something unknown.</summary>
    InvalidArgument,

    /// <summary>A requested component (a native backend) is not installed or cannot be loaded.</summary>
    NotInstalled,

    /// <summary>An output file exists and may not be replaced.</summary>
    ResourceExists,

    /// <summary>An input file is unreadable, corrupt or wrongly shaped.</summary>
    InvalidData,

    /// <summary>An output file could not be written.</summary>
    WriteError,
}
