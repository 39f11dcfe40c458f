using System.Net;
using System.Net.Http.Json;
using Mpp.Workflows.Testing;

namespace Mpp.Workflows.Designer.Tests.Documents.Signing;

/// <summary>
/// The signing step's input bounds and its idempotent replay: a whitespace-only or over-long passphrase and an over-long
/// comment are refused with a 400 naming the field before anything reaches the signing service; a decision retried with
/// the same Idempotency-Key answers the first 200 whatever passphrase (or none) the retry carries, and signs nothing again.
/// </summary>
public abstract partial class RemoteSigningTests
{
    [Fact]
    public async Task BlankOrOverlongPassphrase_AndOverlongComment_Are400NamingTheField_BeforeTheServiceIsCalled()
    {
        await using var bsre = await LocalBsreService.StartAsync();
        bsre.Register(Nik, "Dr. Hj. Kepala DPMPTSP", RightPassphrase);
        await using var host = await StartAsync(bsre, new CapturedLogs());
        var app = await ToSigningStepAsync(host);
        var task = (string)(await host.OpenTaskAsync(app, "sign-permit"))["id"]!;
        using var signer = await host.ClientAsync("dpmptsp.signer");
        signer.DefaultRequestHeaders.AcceptLanguage.ParseAdd("id-ID");

        using (var blank = await CompleteAsync(signer, task, "   \t "))
        {
            var problem = await AssertProblemAsync(blank, HttpStatusCode.BadRequest);
            Assert.Equal("Isian keputusan tidak sah", (string?)problem["title"]);
            Assert.Contains("spasi", (string?)problem["errors"]!["passphrase"]![0], StringComparison.Ordinal);
        }

        using (var overlong = await CompleteAsync(signer, task, new string('k', 257)))
        {
            var problem = await AssertProblemAsync(overlong, HttpStatusCode.BadRequest);
            Assert.Equal("'Passphrase' paling banyak 256 karakter (terisi 257).", (string?)problem["errors"]!["passphrase"]![0]);
        }

        using (var comment = await signer.PostAsJsonAsync($"/api/tasks/{task}/complete",
            new { outcome = "Tandatangani", comment = new string('x', 900_000), fields = new { }, passphrase = RightPassphrase }))
        {
            var problem = await AssertProblemAsync(comment, HttpStatusCode.BadRequest);
            Assert.Equal("'Catatan' paling banyak 4000 karakter (terisi 900000).", (string?)problem["errors"]!["comment"]![0]);
            Assert.Null(problem["errors"]!["passphrase"]);
        }

        Assert.Empty(bsre.Requests);
        var history = (await host.GetApplicationAsync(app.Id))["history"]!.AsArray();
        Assert.DoesNotContain(history, e => ((string?)e!["comment"] ?? "").Length > 4000);

        // At the limit the comment is taken, and the right passphrase signs.
        using var accepted = await signer.PostAsJsonAsync($"/api/tasks/{task}/complete",
            new { outcome = "Tandatangani", comment = new string('x', 4000), fields = new { }, passphrase = RightPassphrase });
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Single(bsre.Requests);
    }

    /// <summary>
    /// Deliberate: nothing derived from the passphrase is stored, so an Idempotency-Key replay cannot compare it; the retry
    /// answers as the first request did and sends nothing to the signing service.
    /// </summary>
    [Fact]
    public async Task IdempotentReplay_WithAnotherOrNoPassphrase_ReturnsTheFirst200_AndSignsNothingAgain()
    {
        await using var bsre = await LocalBsreService.StartAsync();
        bsre.Register(Nik, "Dr. Hj. Kepala DPMPTSP", RightPassphrase);
        await using var host = await StartAsync(bsre, new CapturedLogs());
        var app = await ToSigningStepAsync(host);
        var task = (string)(await host.OpenTaskAsync(app, "sign-permit"))["id"]!;
        using var signer = await host.ClientAsync("dpmptsp.signer");
        const string key = "sign-once-7f3a";

        var first = await SendAsync(RightPassphrase);
        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.Single(bsre.Requests);

        foreach (var other in new[] { WrongPassphrase, null })
        {
            var replay = await SendAsync(other);
            Assert.Equal(HttpStatusCode.OK, replay.Status);
            Assert.Equal((string?)first.Body["id"], (string?)replay.Body["id"]);
            Assert.Equal(first.Body["openTasks"]!.ToJsonString(), replay.Body["openTasks"]!.ToJsonString());
        }

        Assert.Single(bsre.Requests);
        using var admin = await host.ClientAsync("admin");
        var documents = (await admin.GetFromJsonAsync<JsonArray>($"/api/applications/{app.Id}/documents"))!;
        Assert.Single(documents, d => (string?)d!["kind"] == "Permit");

        async Task<(HttpStatusCode Status, JsonObject Body)> SendAsync(string? passphrase)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/tasks/{task}/complete")
            {
                Content = JsonContent.Create(new { outcome = "Tandatangani", comment = "Disetujui", fields = new { }, passphrase }),
            };
            request.Headers.Add("Idempotency-Key", key);
            using var response = await signer.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            return (response.StatusCode, JsonNode.Parse(body)!.AsObject());
        }
    }
}
