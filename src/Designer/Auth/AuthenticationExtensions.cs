using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.DataProtection;
using Mpp.Workflows.Designer.Hosting;

namespace Mpp.Workflows.Designer.Auth;

/// <summary>
/// Staff sign in with bearer tokens (the web UI will add a cookie scheme carrying the same <see cref="StaffClaims"/>).
/// Tokens are data-protected with keys under <c>&lt;DataDirectory&gt;/keys</c>, so they survive a restart.
/// </summary>
internal static class AuthenticationExtensions
{
    public static readonly TimeSpan TokenLifetime = TimeSpan.FromHours(8);

    public static WebApplicationBuilder AddStaffAuthentication(this WebApplicationBuilder builder)
    {
        var keys = DataDirectory.Resolve(builder.Configuration, "keys");
        builder.Services.AddDataProtection()
            .SetApplicationName("Mpp.Workflows")
            .PersistKeysToFileSystem(new DirectoryInfo(keys));
        builder.Services.AddAuthentication(BearerTokenDefaults.AuthenticationScheme)
            .AddBearerToken(options => options.BearerTokenExpiration = TokenLifetime);
        builder.Services.AddStaffPolicies();
        builder.Services.AddSingleton<TokenIssuer>();
        builder.Services.AddTransient<Microsoft.AspNetCore.Authentication.IClaimsTransformation, ActiveStaffCheck>();
        builder.Services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler, AnonymousChallenge>();
        return builder;
    }
}
