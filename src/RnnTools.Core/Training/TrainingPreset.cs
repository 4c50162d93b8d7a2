namespace RnnTools.Core.Training;

/// <summary>The training-loop presets of training.md §13 (<c>Preset</c>, <c>--preset</c>).</summary>
public enum TrainingPreset
{
    /// <summary>Galvan's loop (§13.1, the default): a fixed validation set drawn before training, a check at iteration 0.</summary>
    Galvan,

    /// <summary>Pascanu's loop (§13.2): fresh validation sets at every check, no check at iteration 0, the <c>pascanu</c> defaults of §13.4.</summary>
    Pascanu,
}
