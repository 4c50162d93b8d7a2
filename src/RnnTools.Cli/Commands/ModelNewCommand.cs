using System.CommandLine;
using RnnTools.Cli.Infrastructure;
using RnnTools.Core.Csv;
using RnnTools.Core.Model;
using RnnTools.Core.Operations.Models;

namespace RnnTools.Cli.Commands;

/// <summary><c>rnntools model new</c>: a Galvan-initialised model file (twin of New-RnnModel | Export-RnnModel).</summary>
public static class ModelNewCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var defaults = new NewModelOptions();
        var command = new Command("new", "Create a model with the thesis initialisation (W_rec Gaussian rescaled to a spectral radius; training.md §6.4).")
        {
            new Option<int>("--input-size") { Description = "n_in, the number of inputs.", Required = true },
            new Option<int>("--hidden-size") { Description = $"n_h, the number of hidden units (default {defaults.HiddenSize}).", DefaultValueFactory = _ => defaults.HiddenSize },
            new Option<int>("--output-size") { Description = "n_out, the number of outputs.", Required = true },
            EnumOptions.Create("--activation", "Hidden activation: tanh, sigmoid, relu or identity (default tanh).", defaults.Activation),
            EnumOptions.Create("--output-function", "Output function: linear (squared error), softmax (cross-entropy) or logistic (binary cross-entropy); default linear.", defaults.OutputFunction),
            NumberOptions.Double("--spectral-radius", $"Spectral radius W_rec is rescaled to (default {defaults.SpectralRadius}).", defaults.SpectralRadius),
            new Option<int>("--seed") { Description = $"Seed of the initialiser streams (default {defaults.Seed}).", DefaultValueFactory = _ => defaults.Seed },
            EnumOptions.Create("--precision", "Stored precision: float32 or float64 (default float32).", defaults.Precision),
            CommonOptions.Out("Write the model to this file instead of stdout."),
            CommonOptions.NoClobber(),
        };
        CommandRunner.SetAction(command, context =>
        {
            var models = new List<StoredModel>();
            new NewModelOperation().Run(BuildOptions(context.Parse), context.Sink<StoredModel>(models.Add), context.CancellationToken);
            string? path = context.Value<string?>("--out");
            if (path is null)
            {
                context.Output.WriteLine(ModelFile.ToJson(models[0]));
            }
            else
            {
                ModelFile.Write(path, models[0], context.Value<bool>("--no-clobber") ? ResultFileMode.NoClobber : ResultFileMode.Overwrite);
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
        Activation = parse.GetValue<Activation>("--activation"),
        OutputFunction = parse.GetValue<OutputFunction>("--output-function"),
        SpectralRadius = parse.GetValue<double>("--spectral-radius"),
        Seed = parse.GetValue<int>("--seed"),
        Precision = parse.GetValue<Precision>("--precision"),
    };
}
