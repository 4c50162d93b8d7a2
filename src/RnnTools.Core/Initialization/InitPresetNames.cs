using RnnTools.Core.Errors;

namespace RnnTools.Core.Initialization;

/// <summary>The command-line spelling of <see cref="InitPreset"/> values (<c>galvan-muse</c>, <c>pascanu-smart-tanh</c>, …).</summary>
public static class InitPresetNames
{
    private static readonly (InitPreset Preset, string Name)[] All =
    [
        (InitPreset.Galvan, "galvan"),
        (InitPreset.GalvanMuse, "galvan-muse"),
        (InitPreset.PascanuSigmoid, "pascanu-sigmoid"),
        (InitPreset.PascanuBasicTanh, "pascanu-basic-tanh"),
        (InitPreset.PascanuSmartTanh, "pascanu-smart-tanh"),
        (InitPreset.Sutskever2013, "sutskever2013"),
        (InitPreset.Irnn, "irnn"),
    ];

    /// <summary>Every preset name, in declaration order.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. All.Select(entry => entry.Name)];

    /// <summary>The name of a preset.</summary>
    public static string Name(InitPreset preset) => All.First(entry => entry.Preset == preset).Name;

    /// <summary>The preset with this name (case-insensitive).</summary>
    /// <exception cref="RnnToolsException"><see cref="ErrorIds.InvalidHyperParameter"/> naming <c>InitPreset</c>.</exception>
    public static InitPreset Parse(string name) =>
        All.FirstOrDefault(entry => entry.Name.Equals(name.Trim(), StringComparison.OrdinalIgnoreCase)) is { Name: not null } found
            ? found.Preset
            : throw RnnToolsException.InvalidParameter(
                nameof(InitPreset), $"unknown preset '{name}'; expected one of {string.Join(", ", Names)}.");
}
