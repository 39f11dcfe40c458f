namespace Mpp.Workflows.Designer.Seeding;

/// <summary>Registers start-up seeding; call after the storage registration so the schema exists first.</summary>
internal static class SeedingExtensions
{
    public static IServiceCollection AddStartupSeeding(this IServiceCollection services) =>
        services.AddHostedService<StartupSeeder>();
}
