using System.Globalization;
using RnnTools.Core.Errors;
using RnnTools.Core.Numerics;

namespace RnnTools.Core.Initialization;

/// <summary>
/// The initialisers of training.md §6 by name, with their parameters and defaults, and the factory that builds one from
/// an <see cref="InitializerSpec"/>. Every initialiser not given a <c>seed</c> draws from a stream seeded with the run
/// seed. <c>given</c> takes an array and exists only through the API (<see cref="GivenInitializer"/>).
/// </summary>
public static class InitializerCatalog
{
    private const string DefaultInner = "gaussian(mean=0, std=0.1)";

    private static readonly Dictionary<string, Definition> Definitions = BuildDefinitions();

    /// <summary>Every name accepted by <see cref="InitializerSpec.Parse"/>.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. Definitions.Keys.Order(StringComparer.Ordinal)];

    /// <summary>Builds the initialiser a specification describes, opening its streams from the context.</summary>
    /// <exception cref="RnnToolsException"><see cref="ErrorIds.InvalidHyperParameter"/> naming the context's option.</exception>
    public static IMatrixInitializer Create(InitializerSpec spec, InitializerContext context)
    {
        if (spec.Name == "given")
        {
            throw RnnToolsException.InvalidParameter(
                context.Parameter, "'given' takes an array and cannot be written as text; load a model file or use GivenInitializer.");
        }

        if (!Definitions.TryGetValue(spec.Name, out Definition? definition))
        {
            throw RnnToolsException.InvalidParameter(
                context.Parameter, $"unknown initialiser '{spec.Name}'; expected one of {string.Join(", ", Names)}.");
        }

        return definition.Create(new Arguments(spec, definition, context));
    }

    /// <summary>Checks a specification by building it with throw-away streams.</summary>
    internal static void Validate(InitializerSpec spec, string parameter) =>
        Create(spec, new InitializerContext(new InitializerStreams(), 0, 1.0, parameter));

    private static Dictionary<string, Definition> BuildDefinitions()
    {
        Parameter seed = new("seed", Kind.Seed);
        Definition[] all =
        [
            new("gaussian", [new("mean", Kind.Real, "0"), new("std", Kind.NonNegative, "0.1"), seed],
                a => new GaussianInitializer(a.Number("mean"), a.Number("std"), a.Stream())),
            new("uniform", [new("low", Kind.Real, "-1"), new("high", Kind.Real, "1"), seed], a =>
                a.Number("low") <= a.Number("high")
                    ? new UniformInitializer(a.Number("low"), a.Number("high"), a.Stream())
                    : throw a.Invalid("'uniform' needs low ≤ high.")),
            new("constant", [new("value", Kind.Real, Required: true)], a => new ConstantInitializer(a.Number("value"))),
            new("zero", [], _ => new ConstantInitializer(0.0)),
            Identity("identity"),
            Identity("eye"),
            Fan("xavier-normal", FanRule.Xavier, false),
            Fan("xavier-uniform", FanRule.Xavier, true),
            Fan("glorot-avg-normal", FanRule.GlorotAverage, false),
            Fan("glorot-avg-uniform", FanRule.GlorotAverage, true),
            Fan("he-normal", FanRule.He, false),
            Fan("he-uniform", FanRule.He, true),
            new("spectral", [new("inner", Kind.Initializer, DefaultInner), new("rho", Kind.Positive)],
                a => new SpectralInitializer(a.Inner("inner"), a.NumberOr("rho", a.Context.SpectralRadius))),
            new("orthogonal", [new("scale", Kind.Real, "1"), new("method", Kind.Method, "haar"), seed],
                a => new OrthogonalInitializer(a.Number("scale"), a.Method(), a.Stream())),
            new("eigen", [new("mean", Kind.Real, "1"), new("std", Kind.NonNegative, "0.01"), seed],
                a => new EigenInitializer(
                    new OrthogonalInitializer(1.0, OrthogonalMethod.Galvan, a.Stream()), a.Number("mean"), a.Number("std"), a.Stream())),
            new("svd", [new("inner", Kind.Initializer, DefaultInner), new("scale", Kind.Real, "1.2"), seed],
                a => new SvdInitializer(a.Inner("inner"), a.Number("scale"), a.Stream())),
            new("sparse", [new("k", Kind.Count, Required: true), new("std", Kind.NonNegative, Required: true),
                new("mean", Kind.Real, "0"), new("mode", Kind.Mode, "fan-in"), seed],
                a => new SparseInitializer(a.Count("k"), a.Number("std"), a.Number("mean"), a.Mode(), a.Stream())),
            new("simplex", [new("columnwise", Kind.Boolean, "true"), seed], a => new SimplexInitializer(a.Boolean("columnwise"), a.Stream())),
            new("esn", [new("scale", Kind.Positive, "0.5"), new("sparsity", Kind.Fraction, "0.9"), seed],
                a => new EsnInitializer(a.Number("scale"), a.Number("sparsity"), a.Stream())),
        ];
        return all.ToDictionary(definition => definition.Name, StringComparer.Ordinal);

        Definition Identity(string name) =>
            new(name, [new("scale", Kind.Real, "1"), new("mean", Kind.Real, "0"), new("std", Kind.NonNegative, "0.1"), seed],
                a => new IdentityInitializer(a.Number("scale"), new GaussianInitializer(a.Number("mean"), a.Number("std"), a.Stream())));

        Definition Fan(string name, FanRule rule, bool uniform) => new(name, [seed], a => new FanScaledInitializer(rule, uniform, a.Stream()));
    }

    private enum Kind
    {
        Real,
        NonNegative,
        Positive,
        Fraction,
        Count,
        Boolean,
        Seed,
        Method,
        Mode,
        Initializer,
    }

    private sealed record Parameter(string Name, Kind Kind, string? Default = null, bool Required = false);

    private sealed record Definition(string Name, Parameter[] Parameters, Func<Arguments, IMatrixInitializer> Create);

    private sealed class Arguments
    {
        private readonly InitializerSpec spec;
        private readonly Definition definition;

        public Arguments(InitializerSpec spec, Definition definition, InitializerContext context)
        {
            this.spec = spec;
            this.definition = definition;
            Context = context;
            foreach (string key in spec.Arguments.Keys)
            {
                Parameter parameter = definition.Parameters.FirstOrDefault(p => p.Name == key)
                    ?? throw Invalid(definition.Parameters.Length == 0
                        ? $"'{spec.Name}' takes no parameters, but '{key}' was given."
                        : $"'{spec.Name}' has no parameter '{key}'; expected {string.Join(", ", definition.Parameters.Select(p => p.Name))}.");
                CheckValue(parameter, spec.Arguments[key]);
            }

            foreach (Parameter parameter in definition.Parameters.Where(p => p.Required && !spec.Arguments.ContainsKey(p.Name)))
            {
                throw Invalid($"'{spec.Name}' needs the parameter '{parameter.Name}', e.g. {spec.Name}({parameter.Name}=…).");
            }
        }

        public InitializerContext Context { get; }

        public double Number(string name) => InvariantNumber.Parse(Text(name)!, Context.Parameter);

        public double NumberOr(string name, double fallback) => Text(name) is { } text ? InvariantNumber.Parse(text, Context.Parameter) : fallback;

        public int Count(string name) => int.Parse(Text(name)!, NumberStyles.Integer, CultureInfo.InvariantCulture);

        public bool Boolean(string name) => bool.Parse(Text(name)!);

        public OrthogonalMethod Method() => Text("method") == "galvan" ? OrthogonalMethod.Galvan : OrthogonalMethod.Haar;

        public SparseMode Mode() => Text("mode") == "fan-out" ? SparseMode.FanOut : SparseMode.FanIn;

        public IMatrixInitializer Inner(string name) => InitializerCatalog.Create(InitializerSpec.Parse(Text(name)!, Context.Parameter), Context);

        public Random.NumpyRandomState Stream() =>
            Context.Streams.Open(Text("seed") is { } text ? uint.Parse(text, NumberStyles.Integer, CultureInfo.InvariantCulture) : Context.Seed);

        public RnnToolsException Invalid(string problem) => RnnToolsException.InvalidParameter(Context.Parameter, $"'{spec}': {problem}");

        private string? Text(string name) =>
            spec.Arguments.TryGetValue(name, out string? value) ? value : definition.Parameters.First(p => p.Name == name).Default;

        private void CheckValue(Parameter parameter, string text)
        {
            bool isNumber = InvariantNumber.TryParse(text, out double number) && double.IsFinite(number);
            string? problem = parameter.Kind switch
            {
                Kind.Real when !isNumber => "a finite number",
                Kind.NonNegative when !isNumber || number < 0 => "a number ≥ 0",
                Kind.Positive when !isNumber || number <= 0 => "a number > 0",
                Kind.Fraction when !isNumber || number is < 0 or >= 1 => "a number in [0, 1)",
                Kind.Count when !int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out int count) || count < 1 => "an integer ≥ 1",
                Kind.Seed when !uint.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out _) => "an integer from 0 to 4294967295",
                Kind.Boolean when text is not ("true" or "false") => "true or false",
                Kind.Method when text is not ("haar" or "galvan") => "haar or galvan",
                Kind.Mode when text is not ("fan-in" or "fan-out") => "fan-in or fan-out",
                Kind.Initializer when !text.Contains('(', StringComparison.Ordinal) && !Definitions.ContainsKey(text) =>
                    $"an initialiser ({string.Join(", ", Names)})",
                _ => null,
            };
            if (problem is not null)
            {
                throw Invalid($"parameter '{parameter.Name}' must be {problem}, not '{text}'.");
            }
        }
    }
}
