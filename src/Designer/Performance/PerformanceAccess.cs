namespace Mpp.Workflows.Designer.Performance;

/// <summary>
/// Who sees the staff board and the files behind its figures: an admin sees every office; the head of an office (<c>Head</c>,
/// or the <c>Signer</c> who signs for DPMPTSP) sees the files and steps of that office; other staff see only the public board.
/// </summary>
internal static class PerformanceAccess
{
    /// <summary>Whether <paramref name="actor"/> may see files, and the office they are limited to (null: all).</summary>
    public static bool TryScope(Actor actor, out string? office)
    {
        ArgumentNullException.ThrowIfNull(actor);
        office = null;
        if (actor.IsAdmin)
        {
            return true;
        }

        if ((actor.HasRole(StaffRoles.Head) || actor.HasRole(StaffRoles.Signer)) && actor.Office is { } own)
        {
            office = own;
            return true;
        }

        return false;
    }
}
