using System.CommandLine;
using RnnTools.Cli.Infrastructure;
using RnnTools.Core.Initialization;
using RnnTools.Core.Model;
using RnnTools.Core.Operations.Models;

namespace RnnTools.Cli.Commands;

/// <summary><c>rnntools model new</c>: an initialised model file (twin of New-RnnModel | Export-RnnModel).</summary>
public static class ModelNewCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var defaults = new NewModelOptions();
        var command = new Command("new", "Create an initialised model: the thesis' galvan preset by default (W_rec Gaussian rescaled to a spectral radius; training.md §6).")
        {
            new Option<int>("--input-size") { Description = "n_in, the number of inputs.", Required = true },
            new Option<int>("--hidden-size") { Description = $"n_h, the number of hidden units (default {defaults.HiddenSize}).", DefaultValueFactory = _ => defaults.HiddenSize },
            new Option<int>("--output-size") { Description = "n_out, the number of outputs.", Required = true },
            EnumOptions.Optional<Activation>("--activation", "Hidden activation (default: the preset's, tanh for galvan)."),
            EnumOptions.Create("--output-function", "Output function: linear (squared error), softmax (cross-entropy) or logistic (binary cross-entropy); default linear.", defaults.OutputFunction),
            EnumOptions.Create("--init-preset", "Initialisation preset (default galvan).", defaults.InitPreset),
            NumberOptions.Double("--spectral-radius", $"Spectral radius W_rec is rescaled to by the galvan presets (default {defaults.SpectralRadius}).", defaults.SpectralRadius),
            new Option<string?>("--w-rec-init") { Description = "Override of W_rec's initialiser: name or name(param=value, ...), e.g. orthogonal(scale=1)." },
            new Option<string?>("--w-in-init") { Description = "Override of W_in's initialiser, e.g. xavier-normal." },
            new Option<string?>("--w-out-init") { Description = "Override of W_out's initialiser." },
            new Option<int>("--seed") { Description = $"Seed of the initialiser streams (default {defaults.Seed}).", DefaultValueFactory = _ => defaults.Seed },
            EnumOptions.Create("--precision", "Stored precision: float32 or float64 (default float32).", defaults.Precision),
            CommonOptions.Out("Write the model to this file instead of stdout."),
            CommonOptions.NoClobber(),
        };
        CommandRunner.SetAction(command, context =>
        {
            string? path = context.Value<string?>("--out");
            bool noClobber = context.Value<bool>("--no-clobber");
            if (path is not null)
            {
                OutputFile.RefuseExisting(path, noClobber);
            }

            var models = new List<StoredModel>();
            new NewModelOperation().Run(BuildOptions(context.Parse), context.Sink<StoredModel>(models.Add), context.CancellationToken);
            if (path is null)
            {
                context.Output.WriteLine(ModelFile.ToJson(models[0]));
            }
            else
            {
                new ExportModelOperation().Run(new ExportModelOptions { Model = models[0], Path = path, NoClobber = noClobber },
                    context.Sink<StoredModel>(_ => { }), context.CancellationToken);
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>The options record this command's arguments describe.</summary>
    public static NewModelOptions BuildOptions(ParseResult parse) => new()
    {
        InputSize = parse.GetValue<int>("--input-size"),
        HiddenSize = parse.GetValue<int>("--hidden-size"),
        OutputSize = parse.GetValue<int>("--output-size"),
        Activation = parse.GetValue<Activation?>("--activation"),
        OutputFunction = parse.GetValue<OutputFunction>("--output-function"),
        InitPreset = parse.GetValue<InitPreset>("--init-preset"),
        SpectralRadius = parse.GetValue<double>("--spectral-radius"),
        WRecInit = parse.GetValue<string?>("--w-rec-init"),
        WInInit = parse.GetValue<string?>("--w-in-init"),
        WOutInit = parse.GetValue<string?>("--w-out-init"),
        Seed = parse.GetValue<int>("--seed"),
        Precision = parse.GetValue<Precision>("--precision"),
    };
}
