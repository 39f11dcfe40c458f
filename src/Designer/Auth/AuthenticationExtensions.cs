using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.DataProtection;
using Mpp.Workflows.Designer.Hosting;

namespace Mpp.Workflows.Designer.Auth;

/// <summary>
/// Staff sign in with bearer tokens (the web UI will add a cookie scheme carrying the same <see cref="StaffClaims"/>).
/// Tokens are data-protected with keys under <c>&lt;DataDirectory&gt;/keys</c>, so they survive a restart. Sign-in is
/// throttled and upgrades weak password hashes (<see cref="StaffSignIn"/>); settings are in section <c>Auth</c>.
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
        builder.Services.AddOptions<StaffAuthOptions>()
            .Bind(builder.Configuration.GetSection(StaffAuthOptions.Section))
            .Validate(o => o.RevalidationInterval > TimeSpan.Zero && o.RevalidationInterval <= TimeSpan.FromMinutes(1),
                "Auth:RevalidationInterval must be more than zero and at most a minute.")
            .Validate(o => o.SignIn.FailuresPerUserName > 0 && o.SignIn.FailuresPerAddress > 0 && o.SignIn.Window > TimeSpan.Zero,
                "Auth:SignIn:FailuresPerUserName, FailuresPerAddress and Window must be positive.")
            .ValidateOnStart();
        builder.Services.AddSingleton<PasswordHasher>();
        builder.Services.AddSingleton<SignInThrottle>();
        builder.Services.AddSingleton<StaffSignIn>();
        builder.Services.AddSingleton<TokenIssuer>();
        builder.Services.AddTransient<Microsoft.AspNetCore.Authentication.IClaimsTransformation, ActiveStaffCheck>();
        builder.Services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler, AnonymousChallenge>();
        return builder;
    }
}
