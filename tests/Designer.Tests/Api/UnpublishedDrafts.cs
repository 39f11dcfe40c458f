using Mpp.Workflows.Designer.Tests.Hosting;

namespace Mpp.Workflows.Designer.Tests.Api;

/// <summary>
/// What an analyst may have in the studio that the public must not see: a v2 draft of <c>sip-dokter</c> with a new name, and
/// a route <see cref="NeverPublished"/> that was never published.
/// </summary>
internal static class UnpublishedDrafts
{
    public const string SecretName = "SIP v2 DRAFT SECRET";

    public const string NeverPublished = "rahasia-draft";

    public const string NeverPublishedName = "Rahasia Draft Belum Terbit";

    /// <summary>Saves both drafts; saving again overwrites them, as a never-published draft is.</summary>
    public static async Task AddAsync(DesignerHost host)
    {
        var store = host.Services.GetRequiredService<IWorkflowStore>();
        var published = await store.GetDefinitionAsync("sip-dokter", VersionSelector.Published, CancellationToken.None);
        var route = JsonNode.Parse(published!.Json)!.AsObject();
        route["name"] = SecretName;
        await store.SaveDraftAsync("sip-dokter", SecretName, route.ToJsonString(), DateTimeOffset.UtcNow, CancellationToken.None);
        route["id"] = NeverPublished;
        route["name"] = NeverPublishedName;
        await store.SaveDraftAsync(NeverPublished, NeverPublishedName, route.ToJsonString(), DateTimeOffset.UtcNow, CancellationToken.None);
    }

    /// <summary>Fails when <paramref name="text"/> names either draft.</summary>
    public static void AssertNotIn(string text)
    {
        Assert.DoesNotContain(SecretName, text, StringComparison.Ordinal);
        Assert.DoesNotContain(NeverPublished, text, StringComparison.Ordinal);
        Assert.DoesNotContain(NeverPublishedName, text, StringComparison.Ordinal);
    }
}
