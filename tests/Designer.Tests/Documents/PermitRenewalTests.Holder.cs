using System.Net;
using System.Net.Http.Json;
using Mpp.Workflows.Designer.Tests.Hosting;
using Mpp.Workflows.Designer.Tests.Security;
using Mpp.Workflows.Engine.Documents;
using Mpp.Workflows.Testing.Mail;

namespace Mpp.Workflows.Designer.Tests.Documents;

/// <summary>
/// Only the holder's renewal continues a permit (issue 14 review). Someone who knows the holder's NIK and permit number
/// files a renewal under their own name and e-mail: the file page and the history tell the reviewer, before signing, that
/// it is not a renewal of that permit, and the permit issued starts on its issue date. The holder's renewal continues the
/// permit (valid from the day after the old one ends, "NotYetValid" until then); once it is issued the old permit's renewal
/// link is refused, and a permit's link is refused after its end plus the 90-day grace period.
/// </summary>
public abstract partial class PermitRenewalTests
{
    [Fact]
    public async Task AStrangersRenewal_DoesNotContinueThePermit_TheHoldersDoes_AndTheLinkThenExpires()
    {
        await using var smtp = await TestSmtpServer.StartAsync();
        await using var host = await StartAsync(smtp);
        var store = host.Services.GetRequiredService<IWorkflowStore>();
        using var anonymous = host.CreateClient();

        var first = await host.SubmitAsync("sip-dokter", SampleData.Sip());
        await IssueAsync(host, first, "check-completeness", "verify-file", "health-recommendation", "sign-permit");
        var (number, _) = NumberAndCode(await PermitMailAsync(smtp, first.RegistrationNumber));
        var link = await LinkAsync(host, store, number);

        // The stranger: the holder's NIK and permit number, their own name and e-mail.
        var attack = SampleData.Sip();
        attack["namaLengkap"] = "Penyerang";
        attack["email"] = "penyerang@example.net";
        attack["nomorIzinLama"] = number;
        var stranger = await SubmitAsAsync(anonymous, attack,
            new JsonObject { ["name"] = "Penyerang", ["email"] = "penyerang@example.net", ["phone"] = "081299990000", ["nik"] = SampleData.Nik });
        var staff = new AddressedClient(host.Server, AddressedClient.NewAddress());
        Assert.Equal(302, (await staff.SignInThroughFormAsync("admin", DesignerHost.Password)).Status);
        var file = await staff.GetAsync($"/applications/{stranger.Id}");
        Assert.Contains("data-testid=\"renewal-check\" data-continues=\"false\"", file.Body, StringComparison.Ordinal);
        Assert.Contains($"Bukan perpanjangan izin {number}: data pemohon tidak cocok", WebUtility.HtmlDecode(file.Body), StringComparison.Ordinal);
        Assert.Contains(
            (await host.GetApplicationAsync(stranger.Id))["history"]!.AsArray(),
            e => (string?)e!["event"] == "RenewalChecked"
                && ((string?)e["comment"] ?? "").StartsWith($"Bukan perpanjangan izin {number}: data pemohon tidak cocok", StringComparison.Ordinal));

        await IssueAsync(host, stranger, "verify-file", "sign-permit");
        var (strangerNumber, strangerCode) = NumberAndCode(await PermitMailAsync(smtp, stranger.RegistrationNumber));
        Assert.Equal(("2026-08-03", "2031-08-03", "Valid", true), Facts(await VerifyAsync(anonymous, strangerNumber, strangerCode)));
        Assert.Null((await store.FindDocumentByNumberAsync(strangerNumber, CancellationToken.None))!.RenewalOf);

        // The stranger's permit did not use up the holder's link; the holder's renewal continues the permit.
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync(link)).StatusCode);
        var renewalData = SampleData.Sip();
        renewalData["nomorIzinLama"] = number;
        var renewal = await host.SubmitAsync("sip-dokter-perpanjangan", renewalData);
        var holderFile = await staff.GetAsync($"/applications/{renewal.Id}");
        Assert.Contains("data-testid=\"renewal-check\" data-continues=\"true\"", holderFile.Body, StringComparison.Ordinal);
        Assert.Contains($"Permohonan ini memperpanjang izin {number}", WebUtility.HtmlDecode(holderFile.Body), StringComparison.Ordinal);
        await IssueAsync(host, renewal, "verify-file", "sign-permit");
        var (newNumber, newCode) = NumberAndCode(await PermitMailAsync(smtp, renewal.RegistrationNumber));
        Assert.Equal(("2031-08-04", "2036-08-04", "NotYetValid", false), Facts(await VerifyAsync(anonymous, newNumber, newCode)));
        var page = WebUtility.HtmlDecode(await anonymous.GetStringAsync($"/verify/{newNumber}?code={newCode}"));
        Assert.Contains("data-verdict=\"not-yet-valid\"", page, StringComparison.Ordinal);
        Assert.Contains("Belum berlaku: mulai berlaku 4 Agustus 2031", page, StringComparison.Ordinal);

        // Renewed: the old permit's link shows nothing any more. The stranger's own permit's link lasts 90 days past its end.
        await AssertRefusedAsync(anonymous, link);
        var strangerLink = await LinkAsync(host, store, strangerNumber);
        await host.AdvanceToAsync(new DateTimeOffset(2031, 11, 1, 9, 0, 0, Wib));
        Assert.Contains("Penyerang", await anonymous.GetStringAsync(strangerLink), StringComparison.Ordinal);
        Assert.Equal("Valid", (string?)(await VerifyAsync(anonymous, newNumber, newCode))["status"]);
        await host.AdvanceToAsync(new DateTimeOffset(2031, 11, 2, 9, 0, 0, Wib));
        using var late = await anonymous.GetAsync(strangerLink);
        Assert.Equal(HttpStatusCode.Forbidden, late.StatusCode);
        var lateHtml = await late.Content.ReadAsStringAsync();
        Assert.DoesNotContain("Penyerang", lateHtml, StringComparison.Ordinal);
        Assert.DoesNotContain(SampleData.Nik, lateHtml, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"renewal-refused\"", lateHtml, StringComparison.Ordinal);
    }

    /// <summary>The holder's renewal link of the permit <paramref name="number"/>, as the reminder mails it (path and query).</summary>
    private static async Task<string> LinkAsync(DesignerHost host, IWorkflowStore store, string number)
    {
        var permit = (await store.FindDocumentByNumberAsync(number, CancellationToken.None))!;
        return new Uri(host.Services.GetRequiredService<PermitRenewals>().RenewalUrl(permit, "sip-dokter-perpanjangan")).PathAndQuery;
    }

    private static async Task<SubmittedApplication> SubmitAsAsync(HttpClient client, JsonObject data, JsonObject applicant)
    {
        using var response = await client.PostAsJsonAsync("/api/applications",
            new JsonObject { ["definitionId"] = "sip-dokter-perpanjangan", ["applicant"] = applicant, ["data"] = data });
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{response.StatusCode}: {body}");
        return new SubmittedApplication(
            Guid.Parse((string)body!["id"]!), (string)body["registrationNumber"]!, (string)body["trackingToken"]!, (int)body["definitionVersion"]!);
    }
}
