using System.Collections;
using System.Management.Automation;
using RnnTools.Core.Errors;
using RnnTools.Core.Numerics;

namespace RnnTools.PowerShell.Infrastructure;

/// <summary>
/// Parses strings bound to floating-point parameters with the invariant culture: PowerShell binds strings (from
/// Import-Csv rows, say) to compiled cmdlets with the current culture, so under de-DE "0.001" would become 1.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
public sealed class InvariantNumberAttribute : ArgumentTransformationAttribute
{
    /// <inheritdoc />
    public override object? Transform(EngineIntrinsics engineIntrinsics, object? inputData)
    {
        try
        {
            return Convert(PipelineValue.Unwrap(inputData));
        }
        catch (FormatException ex)
        {
            throw new ArgumentTransformationMetadataException(ex.Message, ex);
        }
    }

    /// <summary>
    /// The transformation itself: strings ("0.8" or "0.8,0.9") and arrays of them become doubles, an empty string (an
    /// empty CSV cell) becomes null; other values pass through.
    /// </summary>
    /// <exception cref="FormatException">A string that is not an invariant number, named in the message.</exception>
    internal static object? Convert(object? value) => value switch
    {
        string text when string.IsNullOrWhiteSpace(text) => null,
        string text => ParseOne(text),
        IEnumerable items => ConvertAll(items),
        _ => value,
    };

    private static object ConvertAll(IEnumerable items)
    {
        object?[] converted = [.. items.Cast<object?>().Select(item => Convert(PipelineValue.Unwrap(item)))];
        return converted.All(item => item is double) ? converted.Cast<double>().ToArray() : converted;
    }

    private static object ParseOne(string text)
    {
        try
        {
            double[] values = InvariantNumber.ParseList(text, "value");
            return values.Length == 1 ? values[0] : values;
        }
        catch (RnnToolsException)
        {
            throw new FormatException($"'{text}' is not a number; write numbers with a dot as the decimal separator (e.g. 0.001).");
        }
    }
}
