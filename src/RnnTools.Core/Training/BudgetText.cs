using RnnTools.Core.Errors;
using RnnTools.Core.Numerics;

namespace RnnTools.Core.Training;

/// <summary>The text form of <see cref="TrainingOptions.Budget"/> (training.md §13.4): seconds, or a number with <c>s</c>, <c>m</c> or <c>h</c> (<c>90m</c>).</summary>
public static class BudgetText
{
    /// <summary>The budget in seconds.</summary>
    /// <exception cref="RnnToolsException"><see cref="ErrorIds.InvalidHyperParameter"/> naming <paramref name="parameter"/>.</exception>
    public static double ParseSeconds(string text, string parameter)
    {
        string trimmed = (text ?? string.Empty).Trim();
        double unit = trimmed.Length == 0 ? 1 : char.ToLowerInvariant(trimmed[^1]) switch
        {
            's' => 1,
            'm' => 60,
            'h' => 3600,
            _ => 0,
        };
        string number = unit == 0 ? trimmed : trimmed[..^1];
        return InvariantNumber.TryParse(number, out double value) && value > 0 && double.IsFinite(value)
            ? value * (unit == 0 ? 1 : unit)
            : throw RnnToolsException.InvalidParameter(parameter, $"'{text}' is not a duration: give seconds, or a positive number with s, m or h (e.g. 90m).");
    }
}
