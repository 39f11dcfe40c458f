
namespace Mpp.Workflows.Engine.Tests.Persistence;

/// <summary>The names the public boards show: the version in force, never a later draft's, and no never-published route.</summary>
public abstract partial class WorkflowStoreContract
{
    [Fact]
    public async Task PublicServiceNames_LeakNeitherADraftsNameNorANeverPublishedRoute()
    {
        var published = NewId("izin");
        var secret = NewId("rahasia");
        await Store.SaveDraftAsync(published, "Izin Reklame", """{"v":1}""", T0, None);
        await Store.PublishAsync(published, 1, """{"v":1,"isPublished":true}""", T0.AddMinutes(1), None);
        await Store.SaveDraftAsync(published, "Izin Reklame v2 DRAFT SECRET", """{"v":2}""", T0.AddMinutes(2), None);
        await Store.SaveDraftAsync(secret, "Rahasia Draft", """{"v":1}""", T0, None);

        var names = (await Store.ListPublicServiceNamesAsync(None)).ToDictionary(n => n.DefinitionId, n => n.Name);

        Assert.Equal("Izin Reklame", names[published]);
        Assert.False(names.ContainsKey(secret));

        await Store.PublishAsync(published, 2, """{"v":2,"isPublished":true}""", T0.AddMinutes(3), None);
        var afterPublishing = (await Store.ListPublicServiceNamesAsync(None)).ToDictionary(n => n.DefinitionId, n => n.Name);
        Assert.Equal("Izin Reklame v2 DRAFT SECRET", afterPublishing[published]);
    }
}
