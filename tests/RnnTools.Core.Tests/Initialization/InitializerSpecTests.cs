using RnnTools.Core.Errors;
using RnnTools.Core.Initialization;
using RnnTools.Core.Random;

namespace RnnTools.Core.Tests.Initialization;

public sealed class InitializerSpecTests
{
    [Theory]
    [InlineData("xavier-normal", "xavier-normal")]
    [InlineData(" Orthogonal ( scale = 1 ) ", "orthogonal(scale=1)")]
    [InlineData("sparse(std=0.5, k=15, mode=FAN-OUT)", "sparse(k=15, mode=fan-out, std=0.5)")]
    [InlineData("spectral(inner=gaussian( std=0.14 ), rho=1.1)", "spectral(inner=gaussian(std=0.14), rho=1.1)")]
    [InlineData("svd(inner=spectral(inner=uniform(low=0, high=1)))", "svd(inner=spectral(inner=uniform(high=1, low=0)))")]
    [InlineData("zero()", "zero")]
    public void Parse_GivesTheCanonicalText(string text, string canonical)
    {
        Assert.Equal(canonical, InitializerSpec.Parse(text, "WRecInit").ToString());
    }

    [Theory]
    [InlineData("bogus", "unknown initialiser 'bogus'; expected one of")]
    [InlineData("gaussian(sd=1)", "'gaussian' has no parameter 'sd'; expected mean, std, seed")]
    [InlineData("gaussian(std=-1)", "parameter 'std' must be a number ≥ 0, not '-1'")]
    [InlineData("gaussian(std=abc)", "parameter 'std' must be a number ≥ 0")]
    [InlineData("sparse(std=1)", "'sparse' needs the parameter 'k'")]
    [InlineData("sparse(k=0, std=1)", "parameter 'k' must be an integer ≥ 1")]
    [InlineData("orthogonal(method=qr)", "parameter 'method' must be haar or galvan")]
    [InlineData("esn(sparsity=1)", "parameter 'sparsity' must be a number in [0, 1)")]
    [InlineData("gaussian(seed=-3)", "parameter 'seed' must be an integer from 0 to 4294967295")]
    [InlineData("zero(value=1)", "'zero' takes no parameters")]
    [InlineData("uniform(low=1, high=0)", "'uniform' needs low ≤ high")]
    [InlineData("given", "'given' takes an array")]
    [InlineData("spectral(inner=bogus)", "parameter 'inner' must be an initialiser")]
    [InlineData("spectral(inner=gaussian(std=-1))", "parameter 'std' must be a number ≥ 0")]
    [InlineData("gaussian(std=1, std=2)", "parameter 'std' of 'gaussian' is given twice")]
    [InlineData("gaussian(std=1", "expected ',' or ')'")]
    [InlineData("gaussian) x", "unexpected ') x'")]
    [InlineData("gaussian(=1)", "expected a parameter name")]
    [InlineData("", "expected an initialiser name")]
    public void Parse_Invalid_NamesTheOptionAndTheProblem(string text, string problem)
    {
        RnnToolsException error = Assert.Throws<RnnToolsException>(() => InitializerSpec.Parse(text, "WOutInit"));
        Assert.Equal(ErrorIds.InvalidHyperParameter, error.ErrorId);
        Assert.StartsWith("WOutInit: ", error.Message);
        Assert.Contains(problem, error.Message);
    }

    [Fact]
    public void Catalog_ListsEveryInitialiserOfSection6()
    {
        Assert.Equal(
            ["constant", "eigen", "esn", "eye", "gaussian", "glorot-avg-normal", "glorot-avg-uniform", "he-normal", "he-uniform", "identity",
             "orthogonal", "simplex", "sparse", "spectral", "svd", "uniform", "xavier-normal", "xavier-uniform", "zero"],
            InitializerCatalog.Names);
    }

    [Fact]
    public void Create_UsesTheRunSeedUnlessTheSpecNamesOne()
    {
        double First(string text)
        {
            IMatrixInitializer initializer = InitializerCatalog.Create(InitializerSpec.Parse(text, "WInInit"), new InitializerContext(new InitializerStreams(), 21, 1.2, "WInInit"));
            double[] value = new double[1];
            initializer.Fill(value, new MatrixTarget(1, 1, "WInInit"));
            return value[0];
        }

        Assert.Equal(new NumpyRandomState(21).Normal(0, 0.1), First("gaussian"));
        Assert.Equal(new NumpyRandomState(5).Normal(0, 0.1), First("gaussian(seed=5)"));
        Assert.Equal(new NumpyRandomState(21).Normal(0, 1), First("xavier-normal"));
        Assert.Equal(3.0, First("constant(value=3)"));
    }
}
