namespace RnnTools.Core.Initialization;

/// <summary>The initialisation presets of training.md §6.4 (<c>InitPreset</c>, <c>--init-preset</c>).</summary>
public enum InitPreset
{
    /// <summary><c>galvan</c> (default, the thesis): W_rec = spectral(Gaussian(0, 0.1), ρ), W_in, W_out Gaussian(0, 0.1), tanh.</summary>
    Galvan,

    /// <summary><c>galvan-muse</c>: as <c>galvan</c> with the inner W_rec Gaussian std 0.14.</summary>
    GalvanMuse,

    /// <summary><c>pascanu-sigmoid</c>: Normal(0, 0.01) everywhere from one stream, sigmoid.</summary>
    PascanuSigmoid,

    /// <summary><c>pascanu-basic-tanh</c>: Normal(0, 0.1) everywhere from one stream, tanh.</summary>
    PascanuBasicTanh,

    /// <summary><c>pascanu-smart-tanh</c>: Normal(0, 0.01), W_rec kept at 15 per sending unit and scaled to ρ = 0.95, tanh.</summary>
    PascanuSmartTanh,

    /// <summary><c>sutskever2013</c>: W_rec sparse fan-in 15 scaled to ρ = 1.1, small W_in, W_out 0.1·Normal, b_out = target means, tanh.</summary>
    Sutskever2013,

    /// <summary><c>irnn</c> (Le et al. 2015): W_rec = I, W_in and W_out Normal(0, 0.001), ReLU.</summary>
    Irnn,
}
