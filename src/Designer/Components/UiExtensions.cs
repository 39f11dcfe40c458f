using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Localization;
using Mpp.Workflows.Designer.Components.Account;
using Mpp.Workflows.Designer.Components.Work;
using MudBlazor.Services;

namespace Mpp.Workflows.Designer.Components;

/// <summary>
/// The web UI: Blazor pages (static server rendering for applicants and forms, interactive server for the designer), a
/// cookie session for staff beside the API's bearer tokens, and the Indonesian/English switch.
/// </summary>
internal static class UiExtensions
{
    /// <summary>The scheme that picks bearer for <c>/api</c> and the cookie everywhere else.</summary>
    public const string StaffScheme = "Staff";

    /// <summary>The largest message a page may send to the server: a route of several hundred steps as JSON.</summary>
    public const int MaxDesignerMessageBytes = 2 * 1024 * 1024;

    public static WebApplicationBuilder AddUi(this WebApplicationBuilder builder)
    {
        // The designer sends a route's whole JSON (20 KB for the shipped routes, far more for large ones) in one message when
        // an analyst edits it as text; SignalR's 32 KB default dropped the connection and lost the edit without a word.
        builder.Services.AddRazorComponents().AddInteractiveServerComponents()
            .AddHubOptions(hub => hub.MaximumReceiveMessageSize = MaxDesignerMessageBytes);
        builder.Services.AddCascadingAuthenticationState();

        // An open interactive page rechecks its account (security stamp, active) every Auth:RevalidationInterval.
        builder.Services.AddScoped<Microsoft.AspNetCore.Components.Authorization.AuthenticationStateProvider, Auth.StaffRevalidation>();
        builder.Services.AddMudServices();
        builder.Services.AddHttpContextAccessor();

        // The API keeps bearer tokens only: a browser's cookie must never authorize an API call (no CSRF surface there).
        builder.Services.AddAuthentication()
            .AddCookie(CookieAuthenticationDefaults.AuthenticationScheme, options =>
            {
                options.LoginPath = "/login";
                options.LogoutPath = "/logout";
                options.AccessDeniedPath = "/forbidden";
                options.ExpireTimeSpan = Auth.AuthenticationExtensions.TokenLifetime;
                options.SlidingExpiration = true;
                options.Cookie.Name = "mpp.staff";
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Lax;

                // A cookie ended by an admin's change (password reset, deactivation, role or office) lands on a sign-in page
                // that says so, instead of a bare form.
                options.Events.OnRedirectToLogin = context =>
                {
                    var target = context.HttpContext.Items.ContainsKey(Auth.ActiveStaffCheck.SessionEndedItem)
                        ? context.RedirectUri + (context.RedirectUri.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "ended=1"
                        : context.RedirectUri;
                    context.Response.Redirect(target);
                    return Task.CompletedTask;
                };
            })
            .AddPolicyScheme(StaffScheme, "Bearer for the API, cookie for pages", options =>
                options.ForwardDefaultSelector = context => UsesBearer(context.Request)
                    ? BearerTokenDefaults.AuthenticationScheme
                    : CookieAuthenticationDefaults.AuthenticationScheme);
        builder.Services.Configure<Microsoft.AspNetCore.Authentication.AuthenticationOptions>(options =>
        {
            options.DefaultScheme = StaffScheme;
            options.DefaultAuthenticateScheme = StaffScheme;
            options.DefaultChallengeScheme = StaffScheme;
            options.DefaultForbidScheme = StaffScheme;
        });
        return builder;
    }

    /// <summary>
    /// The API authenticates with bearer tokens only; the Hangfire dashboard takes an admin's bearer token too (scripts and
    /// monitoring, no browser involved) and the cookie otherwise; every other page takes the cookie only.
    /// </summary>
    private static bool UsesBearer(HttpRequest request) =>
        request.Path.StartsWithSegments("/api")
        || (request.Path.StartsWithSegments(Jobs.JobsExtensions.DashboardPath)
            && request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase));

    public static WebApplication MapUi(this WebApplication app)
    {
        app.UseWhen(
            context => !context.Request.Path.StartsWithSegments("/api"),
            pages => pages.UseRequestLocalization(options =>
            {
                options.SetDefaultCulture(UiCultures.Indonesian)
                    .AddSupportedCultures(UiCultures.Supported)
                    .AddSupportedUICultures(UiCultures.Supported);
                options.RequestCultureProviders = [new CookieRequestCultureProvider()];
            }));
        app.UseAntiforgery();
        app.MapStaticAssets();
        app.MapAccount();
        app.MapStaffDownloads();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }
}
