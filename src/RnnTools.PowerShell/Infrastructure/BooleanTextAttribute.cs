using System.Globalization;
using System.Management.Automation;

namespace RnnTools.PowerShell.Infrastructure;

/// <summary>
/// Binds the texts a switch takes from Import-Csv rows: "True"/"False" (as Export-Csv writes booleans, any case),
/// "1"/"0", and an empty cell as false. PowerShell itself refuses or misreads such strings for switches.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
public sealed class BooleanTextAttribute : ArgumentTransformationAttribute
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

    /// <summary>The transformation itself: booleans for the texts above; other values pass through.</summary>
    /// <exception cref="FormatException">A string that is none of the texts above, named in the message.</exception>
    internal static object? Convert(object? value) => value switch
    {
        string text when string.IsNullOrWhiteSpace(text) => false,
        string text when bool.TryParse(text.Trim(), out bool flag) => flag,
        string text when int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out int number) && number is 0 or 1 => number == 1,
        string text => throw new FormatException($"'{text}' is not a switch value; use True or False."),
        _ => value,
    };
}
