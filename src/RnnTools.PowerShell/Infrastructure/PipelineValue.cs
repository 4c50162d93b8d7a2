using System.Management.Automation;

namespace RnnTools.PowerShell.Infrastructure;

/// <summary>What the argument transformations see of a bound value.</summary>
internal static class PipelineValue
{
    /// <summary>The object inside a <see cref="PSObject"/> wrapper, or the value itself.</summary>
    public static object? Unwrap(object? value) => value is PSObject wrapped ? wrapped.BaseObject : value;
}
