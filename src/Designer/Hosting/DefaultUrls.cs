namespace Mpp.Workflows.Designer.Hosting;

/// <summary>
/// Listens on <c>http://localhost:5080</c> (the documented default) unless <c>ASPNETCORE_URLS</c>, <c>--urls</c> or the
/// HTTP(S) port settings say otherwise. launchSettings.json covers <c>dotnet run</c>; this covers the published host.
/// </summary>
internal static class DefaultUrls
{
    public const string Default = "http://localhost:5080";

    public static WebApplicationBuilder UseDefaultUrls(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        if (string.IsNullOrEmpty(configuration["urls"])
            && string.IsNullOrEmpty(configuration["http_ports"])
            && string.IsNullOrEmpty(configuration["https_ports"])
            && !configuration.GetSection("Kestrel:Endpoints").Exists())
        {
            builder.WebHost.UseUrls(Default);
        }

        return builder;
    }
}
