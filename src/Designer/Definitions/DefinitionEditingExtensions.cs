namespace Mpp.Workflows.Designer.Definitions;

/// <summary>Registers the services behind the definitions API and seeding.</summary>
internal static class DefinitionEditingExtensions
{
    public static IServiceCollection AddDefinitionEditing(this IServiceCollection services) =>
        services.AddSingleton<ServiceCodeChecks>().AddSingleton<DefinitionChecker>().AddSingleton<DefinitionEditor>().AddSingleton<RouteLifecycle>()
            .AddSingleton<MigrationDisclosure>();
}
