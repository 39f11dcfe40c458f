using Microsoft.AspNetCore.Components;

namespace Mpp.Workflows.Designer.Components.Shared;

/// <summary>
/// A link to an element of the page itself. The pages carry <c>&lt;base href="/"&gt;</c>, so a bare <c>#id</c> resolves to the
/// home page's anchor and took the reader away (the "Perbaiki sekarang" button, the skip link): the link names the page.
/// </summary>
internal static class PageAnchor
{
    public static string To(NavigationManager navigation, string id)
    {
        ArgumentNullException.ThrowIfNull(navigation);
        return $"{new Uri(navigation.Uri).PathAndQuery}#{id}";
    }
}
