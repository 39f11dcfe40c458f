using Hangfire.Dashboard;

namespace Mpp.Workflows.Designer.Jobs;

/// <summary>Only staff with the Admin role see and operate the Hangfire dashboard (its default allows local requests only).</summary>
internal sealed class AdminDashboardAuthorizationFilter : IDashboardAuthorizationFilter
{
    public bool Authorize(DashboardContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var user = context.GetHttpContext().User;
        return user.Identity?.IsAuthenticated == true && user.IsInRole(StaffRoles.Admin);
    }
}
