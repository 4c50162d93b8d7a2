namespace RnnTools.Core.Model;

/// <summary>The lower-case names the model file uses for activations, output functions and precisions.</summary>
public static class ModelNames
{
    /// <summary>tanh, sigmoid, relu or identity.</summary>
    public static string Of(Activation activation) => activation.ToString().ToLowerInvariant();

    /// <summary>linear, logistic or softmax.</summary>
    public static string Of(OutputFunction output) => output.ToString().ToLowerInvariant();

    /// <summary>float32 or float64.</summary>
    public static string Of(Precision precision) => precision.ToString().ToLowerInvariant();

    /// <summary>Parses a lower-case (or any-case) enum name; false when it names no member.</summary>
    public static bool TryParse<TEnum>(string? text, out TEnum value)
        where TEnum : struct, Enum
    {
        foreach (TEnum member in Enum.GetValues<TEnum>())
        {
            if (string.Equals(member.ToString(), text?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                value = member;
                return true;
            }
        }

        value = default;
        return false;
    }

    /// <summary>The accepted names of an enum, for error messages ("tanh, sigmoid, relu, identity").</summary>
    public static string List<TEnum>()
        where TEnum : struct, Enum => string.Join(", ", Enum.GetNames<TEnum>().Select(name => name.ToLowerInvariant()));
}
