using Mpp.Workflows.Designer.Auth;

namespace Mpp.Workflows.Designer.Administration;

/// <summary>
/// <c>/api/admin/offices</c> and <c>/api/admin/users</c> (admins): list, create and edit offices, create and edit staff accounts,
/// reset passwords. Refusals come from <see cref="StaffDirectory"/> as problem details (400, 404, 409).
/// </summary>
internal static class AdminApi
{
    public static IServiceCollection AddStaffAdministration(this IServiceCollection services) => services.AddSingleton<StaffDirectory>();

    public static IEndpointRouteBuilder MapStaffAdministration(this IEndpointRouteBuilder app)
    {
        var offices = app.MapGroup("/api/admin/offices").WithTags("Admin").RequireAuthorization(Policies.Admin);
        offices.MapGet("/", async (StaffDirectory directory, CancellationToken cancellationToken) =>
            TypedResults.Ok(await directory.ListOfficesAsync(cancellationToken)));
        offices.MapGet("/{code}", async (string code, StaffDirectory directory, CancellationToken cancellationToken) =>
            TypedResults.Ok(await directory.GetOfficeAsync(code, cancellationToken)));
        offices.MapPost("/", CreateOfficeAsync);
        offices.MapPut("/{code}", UpdateOfficeAsync);

        var users = app.MapGroup("/api/admin/users").WithTags("Admin").RequireAuthorization(Policies.Admin);
        users.MapGet("/", async (StaffDirectory directory, CancellationToken cancellationToken) =>
            TypedResults.Ok(await directory.ListUsersAsync(cancellationToken)));
        users.MapGet("/{username}", async (string username, StaffDirectory directory, CancellationToken cancellationToken) =>
            TypedResults.Ok(await directory.GetUserAsync(username, cancellationToken)));
        users.MapPost("/", CreateUserAsync);
        users.MapPut("/{username}", UpdateUserAsync);
        users.MapPost("/{username}/password", ResetPasswordAsync);
        return app;
    }

    private static async Task<Created<OfficeRecord>> CreateOfficeAsync(
        NewOffice office, ClaimsPrincipal user, StaffDirectory directory, CancellationToken cancellationToken)
    {
        var created = await directory.CreateOfficeAsync(office, user.ToActor(), cancellationToken);
        return TypedResults.Created($"/api/admin/offices/{Uri.EscapeDataString(created.Code)}", created);
    }

    private static async Task<Ok<OfficeRecord>> UpdateOfficeAsync(
        string code, OfficeChange change, ClaimsPrincipal user, StaffDirectory directory, CancellationToken cancellationToken) =>
        TypedResults.Ok(await directory.UpdateOfficeAsync(code, change, user.ToActor(), cancellationToken));

    private static async Task<Created<StaffAccount>> CreateUserAsync(
        NewStaffAccount account, ClaimsPrincipal user, StaffDirectory directory, CancellationToken cancellationToken)
    {
        var created = await directory.CreateUserAsync(account, user.ToActor(), cancellationToken);
        return TypedResults.Created($"/api/admin/users/{Uri.EscapeDataString(created.Username)}", created);
    }

    private static async Task<Ok<StaffAccount>> UpdateUserAsync(
        string username, StaffAccountChange change, ClaimsPrincipal user, StaffDirectory directory, CancellationToken cancellationToken) =>
        TypedResults.Ok(await directory.UpdateUserAsync(username, change, user.ToActor(), cancellationToken));

    private static async Task<NoContent> ResetPasswordAsync(
        string username, PasswordReset reset, ClaimsPrincipal user, StaffDirectory directory, CancellationToken cancellationToken)
    {
        await directory.ResetPasswordAsync(username, reset, user.ToActor(), cancellationToken);
        return TypedResults.NoContent();
    }
}
