using RnnTools.Core.Backends;
using RnnTools.Core.Initialization;
using RnnTools.Core.Model;
using RnnTools.Core.Operations.Gradients;
using RnnTools.Core.Tasks;
using RnnTools.PowerShell.Commands;
using RnnTools.PowerShell.Tests.Support;

namespace RnnTools.PowerShell.Tests;

public sealed class MeasureGradientNormCommandTests
{
    [Fact]
    public void BuildOptions_Defaults_AreTheRecordDefaults()
    {
        GradientNormOptions options = IdentityPaths.With(new MeasureGradientNormCommand { Task = TaskName.TemporalOrder }).BuildOptions();
        var defaults = new GradientNormOptions { Task = TaskName.TemporalOrder };

        Assert.Equal(defaults.SpectralRadius.ToArray(), options.SpectralRadius.ToArray());
        Assert.Equal(defaults with { SpectralRadius = options.SpectralRadius }, options);
    }

    [Fact]
    public void BuildOptions_EveryParameter_ReachesTheRecord()
    {
        var cmdlet = IdentityPaths.Marked(new MeasureGradientNormCommand
        {
            Task = TaskName.Music, Length = 200, Variant = TaskVariant.Pascanu, Mode = TemporalOrderMode.Mixed, BatchSize = 3, Seed = 1, NValues = 2, NPos = 3,
            InnerTask = TaskName.Xor, Dataset = "d.json", SplitMode = SplitMode.Full, CropLength = 40, HiddenSize = 8, Activation = Activation.Relu,
            InitPreset = InitPreset.GalvanMuse, SpectralRadius = [0.8, 1.2], WRecInit = "eigen", WInInit = "xavier-normal", WOutInit = "zero",
            Precision = Precision.Float64, ModelPath = "m.json", Backend = BackendKind.Managed, Threads = 2,
        });

        GradientNormOptions options = cmdlet.BuildOptions();

        Assert.Equal([0.8, 1.2], options.SpectralRadius.ToArray());
        Assert.Equal(new GradientNormOptions
        {
            Task = TaskName.Music, Length = 200, Variant = TaskVariant.Pascanu, Mode = TemporalOrderMode.Mixed, BatchSize = 3, Seed = 1, NValues = 2, NPos = 3,
            InnerTask = TaskName.Xor, Dataset = "/ps/d.json", SplitMode = SplitMode.Full, CropLength = 40, HiddenSize = 8, Activation = Activation.Relu,
            InitPreset = InitPreset.GalvanMuse, SpectralRadius = options.SpectralRadius, WRecInit = "eigen", WInInit = "xavier-normal", WOutInit = "zero",
            Precision = Precision.Float64, ModelPath = "/ps/m.json", Backend = BackendKind.Managed, Threads = 2,
        }, options);
    }
}
