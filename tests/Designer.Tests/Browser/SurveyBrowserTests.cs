using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Mpp.Workflows.Testing;

namespace Mpp.Workflows.Designer.Tests.Browser;

/// <summary>
/// The satisfaction survey on a phone, staff deciding through the API:
/// <code>
/// apply (SIP) ──▶ survey link says "not yet" ──▶ four decisions ──▶ permit mail invites to the survey
///   ──▶ tracking page invites ──▶ the form refuses missing answers ──▶ answered ──▶ /kinerja/survei shows it
///   ──▶ a second answer is refused (page and API: 409) ──▶ only an admin reads the comment
/// </code>
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class SurveyBrowserTests(BrowserHost host)
{
    private const string Email = "survei@example.org";
    private const string Comment = "Ruang tunggu perlu kursi tambahan.";
    private static readonly TimeSpan MailTimeout = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task ASurveySubmittedFromTheTrackingPage_ShowsInTheIndex_AndOnlyOnce()
    {
        var page = await host.NewPhonePageAsync();
        var tracking = await ApplicantJourneyTests.ApplyForSipAsync(page, "Pemohon Survei", email: Email, nik: "3327015505900077");
        var number = await page.GetByTestId("registration-number").InnerTextAsync();
        var token = Regex.Match(tracking, "token=([^&]+)").Groups[1].Value;

        // Before the decision the survey is not open.
        await page.GotoAsync($"/survei/{number}?token={token}");
        await Assertions.Expect(page.GetByTestId("survey-not-yet")).ToBeVisibleAsync();

        await DecideAsync("dpmptsp.frontoffice", number, "check-completeness", "Lengkap");
        await DecideAsync("dpmptsp.reviewer", number, "verify-file", "Terverifikasi");
        await DecideAsync("dinkes.reviewer", number, "health-recommendation", "Rekomendasi");
        await DecideAsync("dpmptsp.signer", number, "sign-permit", "Tandatangani");

        var permitMail = (await host.Smtp.WaitForAsync(
            m => m.To.Mailboxes.Any(b => b.Address == Email) && (m.TextBody ?? "").Contains("/survei/", StringComparison.Ordinal), 1, MailTimeout)).Last();
        var mailed = SurveyLink().Match(permitMail.TextBody!);
        Assert.True(mailed.Success, "The permit mail has no survey link: " + permitMail.TextBody);
        Assert.Contains($"/survei/{number}?token=", mailed.Value, StringComparison.Ordinal);

        await page.GotoAsync(tracking);
        await Assertions.Expect(page.GetByTestId("survey-invitation")).ToBeVisibleAsync();
        await BrowserHost.AssertFitsAsync(page, "survey-01-track-invitation");
        await page.GetByTestId("survey-link").ClickAsync();
        await Assertions.Expect(page.GetByTestId("survey-form")).ToBeVisibleAsync();
        await BrowserHost.AssertFitsAsync(page, "survey-02-form");

        // Nothing chosen: every element is marked, and the page says so.
        await page.GetByTestId("survey-send").ClickAsync();
        await Assertions.Expect(page.GetByTestId("survey-errors")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("fieldset.scale.invalid")).ToHaveCountAsync(9);
        await BrowserHost.AssertFitsAsync(page, "survey-03-form-errors");
        await AssertLegendsInsideTheirBoxesAsync(page);

        // U1–U4 "4", U5–U9 "3": 31 points from one respondent, IKM = 31 / 9 × 25 = 86.11 (B).
        int[] scores = [4, 4, 4, 4, 3, 3, 3, 3, 3];
        var elements = new[] { "requirements", "procedure", "time", "cost", "product", "competence", "behaviour", "complaints", "facilities" };
        for (var i = 0; i < elements.Length; i++)
        {
            await page.Locator($"fieldset[data-element={elements[i]}] input[value='{scores[i]}']").CheckAsync();
        }

        await page.GetByLabel("Jenis kelamin").SelectOptionAsync("female");
        await page.GetByLabel("Pekerjaan").SelectOptionAsync("entrepreneur");
        await page.GetByLabel("Saran atau komentar (tidak wajib)").FillAsync(Comment);
        await page.GetByTestId("survey-send").ClickAsync();
        await Assertions.Expect(page.GetByTestId("survey-thanks")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("survey-back-to-file")).ToHaveAttributeAsync("href", $"/track/{number}?token={token}");

        await page.GotoAsync("/kinerja/survei?service=sip-dokter");
        await Assertions.Expect(page.GetByTestId("survey-respondents")).ToHaveTextAsync("1");
        await Assertions.Expect(page.GetByTestId("survey-ikm")).ToHaveTextAsync("86,11");
        await Assertions.Expect(page.GetByTestId("survey-grade")).ToHaveTextAsync("B (Baik)");
        await Assertions.Expect(page.Locator("[data-testid=survey-elements] tr[data-element=requirements]")).ToContainTextAsync("4,00");
        await Assertions.Expect(page.Locator("[data-testid=survey-elements] tr[data-element=facilities]")).ToContainTextAsync("3,00");
        Assert.DoesNotContain(Comment, await page.ContentAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(number, await page.ContentAsync(), StringComparison.Ordinal);
        await BrowserHost.AssertFitsAsync(page, "survey-04-results");
        await PerformanceBoardTests.AssertChartTextReadableAsync(page.Locator(".survey-chart svg"));

        // In English, the same figures in the English way.
        await page.GotoAsync($"/culture/en?returnUrl={Uri.EscapeDataString("/kinerja/survei?service=sip-dokter")}");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Public satisfaction survey results");
        await Assertions.Expect(page.GetByTestId("survey-ikm")).ToHaveTextAsync("86.11");
        await Assertions.Expect(page.GetByTestId("survey-grade")).ToHaveTextAsync("B (Good)");
        await Assertions.Expect(page.Locator("[data-testid=survey-elements] tr[data-element=cost]")).ToContainTextAsync("Cost/tariff");

        // Once per application: the form, the tracking page and the API all say it was answered.
        await page.GotoAsync(mailed.Value);
        await Assertions.Expect(page.GetByTestId("survey-answered")).ToBeVisibleAsync();
        await page.GotoAsync(tracking);
        await Assertions.Expect(page.GetByTestId("survey-done")).ToBeVisibleAsync();
        using var anonymous = new HttpClient { BaseAddress = host.BaseAddress };
        using var again = await anonymous.PostAsJsonAsync(
            $"/api/survey/{number}?token={token}", new { scores = elements.ToDictionary(e => e, _ => 1) });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        using var results = await anonymous.GetAsync("/api/survey/results?service=sip-dokter");
        var json = (await results.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(86.11m, (decimal)json["overall"]!["ikm"]!);
        Assert.Equal(1, (int)json["overall"]!["respondents"]!);

        var admin = await host.SignedInPageAsync("admin");
        await admin.GotoAsync("/kinerja/survei");
        await Assertions.Expect(admin.GetByTestId("survey-comments")).ToContainTextAsync(Comment);
    }

    private async Task DecideAsync(string username, string number, string activityId, string outcome)
    {
        using var client = new HttpClient { BaseAddress = host.BaseAddress };
        using (var login = await client.PostAsJsonAsync("/api/auth/token", new { username, password = BrowserHost.Password }))
        {
            login.EnsureSuccessStatusCode();
            var accessToken = (string)(await login.Content.ReadFromJsonAsync<JsonObject>())!["accessToken"]!;
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        }

        JsonObject? task = null;
        await Poll.UntilAsync(
            async () =>
            {
                var tasks = (await client.GetFromJsonAsync<JsonArray>("/api/tasks"))!;
                task = tasks.Select(t => t!.AsObject())
                    .FirstOrDefault(t => (string?)t["registrationNumber"] == number && (string?)t["activityId"] == activityId);
                return task is not null;
            },
            TimeSpan.FromSeconds(30), () => Task.FromResult($"No open task {activityId} of {number}."));
        using var response = await client.PostAsJsonAsync(
            $"/api/tasks/{(string)task!["id"]!}/complete", new { outcome, comment = "Sesuai", fields = new JsonObject() });
        Assert.True(response.IsSuccessStatusCode, $"{activityId} → {outcome}: {response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    /// <summary>
    /// Each question's legend starts below its box's top border (a legend of several lines on a phone otherwise straddles it,
    /// the border cutting through the text).
    /// </summary>
    private static async Task AssertLegendsInsideTheirBoxesAsync(IPage page)
    {
        var cut = await page.EvaluateAsync<string[]>(
            """
            () => [...document.querySelectorAll('fieldset.scale')].flatMap(f => {
              const box = f.getBoundingClientRect(), legend = f.querySelector('legend').getBoundingClientRect();
              const border = parseFloat(getComputedStyle(f).borderTopWidth);
              return legend.top >= box.top + border ? [] : [`${f.dataset.element}: legend ${legend.top}-${legend.bottom}, border at ${box.top}`];
            })
            """);
        Assert.True(cut.Length == 0, string.Join("; ", cut));
    }


    [GeneratedRegex(@"https?://[^\s""<>]+/survei/[^\s""<>]+")]
    private static partial Regex SurveyLink();
}
