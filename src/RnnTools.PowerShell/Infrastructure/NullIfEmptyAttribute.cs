using System.Management.Automation;

namespace RnnTools.PowerShell.Infrastructure;

/// <summary>
/// Binds an empty string (an empty CSV cell from Import-Csv) as null to an optional parameter (a nullable number or
/// enum), which PowerShell would otherwise fail to convert; other values pass through.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
public sealed class NullIfEmptyAttribute : ArgumentTransformationAttribute
{
    /// <inheritdoc />
    public override object? Transform(EngineIntrinsics engineIntrinsics, object? inputData) => Convert(PipelineValue.Unwrap(inputData));

    /// <summary>The transformation itself: null for an empty or blank string, else the value.</summary>
    internal static object? Convert(object? value) => value is string text && string.IsNullOrWhiteSpace(text) ? null : value;
}
