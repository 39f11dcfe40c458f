using Microsoft.Playwright;

namespace Mpp.Workflows.Designer.Tests.Browser;

/// <summary>An open inbox follows what a colleague of the same office does in another browser.</summary>
[Collection(BrowserCollection.Name)]
public sealed class LiveInboxTests(BrowserHost host)
{
    [Fact]
    public async Task OpenInbox_DropsATask_WhenAColleagueCompletesIt()
    {
        var applicant = await host.NewPageAsync();
        await ApplicantJourneyTests.ApplyForSipAsync(applicant, "Pemohon Langsung");
        var registrationNumber = await applicant.GetByTestId("registration-number").InnerTextAsync();

        var watcher = await host.SignedInPageAsync("dpmptsp.frontoffice");
        await watcher.GotoAsync("/inbox");
        var row = BrowserHost.InboxRow(watcher, registrationNumber);
        await Assertions.Expect(row).ToHaveCountAsync(1);

        await ApplicantJourneyTests.CompleteTaskAsync(host, "dpmptsp.frontoffice", registrationNumber, "Lengkap", null);

        await Assertions.Expect(row).ToHaveCountAsync(0, new() { Timeout = 15_000 });
    }
}
