using System.Diagnostics;
using Mpp.Workflows.Engine.Scripting;
using Mpp.Workflows.Engine.Runtime.Expressions;

namespace Mpp.Workflows.Engine.Tests.Runtime;

public sealed class JintExpressionEvaluatorTests
{
    private readonly JintExpressionEvaluator _evaluator = new();

    private static ExpressionScope Scope(string application = "{}") => new(application, "{\"name\":\"Sari\"}", "{\"verify\":\"Ok\"}");

    [Theory]
    [InlineData("application.luasLantai > 300 || application.fungsiBangunan != 'Hunian'", "{\"luasLantai\":120,\"fungsiBangunan\":\"Usaha\"}", true)]
    [InlineData("application.luasLantai > 300 || application.fungsiBangunan != 'Hunian'", "{\"luasLantai\":120,\"fungsiBangunan\":\"Hunian\"}", false)]
    [InlineData("outcomes.verify === 'Ok' && applicant.name === 'Sari'", "{}", true)]
    [InlineData("application.missing", "{}", false)]
    public void EvaluateBoolean_SeesApplicationApplicantAndOutcomes(string source, string application, bool expected) =>
        Assert.Equal(expected, _evaluator.EvaluateBoolean(source, Scope(application)));

    [Fact]
    public void InfiniteLoop_IsStoppedByTheTimeLimit()
    {
        var clock = Stopwatch.StartNew();
        Assert.Throws<ExpressionEvaluationException>(() => _evaluator.EvaluateBoolean("(() => { for(;;){} })()", Scope()));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
    }

    [Theory]
    [InlineData("(function f(n){ return f(n+1); })(0)")]
    [InlineData("(() => { const a = []; for(;;) a.push('x'.repeat(1000)); })()")]
    [InlineData("importNamespace('System.IO')")]
    [InlineData("this is not javascript")]
    public void RunawayOrHostileScripts_FailWithAnEvaluationError(string source) =>
        Assert.Throws<ExpressionEvaluationException>(() => _evaluator.EvaluateBoolean(source, Scope()));
}
