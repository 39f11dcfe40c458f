using Microsoft.Extensions.DependencyInjection.Extensions;
using Mpp.Workflows.Engine.Runtime.Expressions;

namespace Mpp.Workflows.Engine.Scripting;

public static class JintServiceCollectionExtensions
{
    /// <summary>Evaluates route conditions (<c>Elsa.FlowDecision</c>, <c>Elsa.FlowSwitch</c>) as sandboxed JavaScript.</summary>
    public static IServiceCollection AddJavaScriptConditions(this IServiceCollection services)
    {
        services.TryAddSingleton<IExpressionEvaluator, JintExpressionEvaluator>();
        return services;
    }
}
