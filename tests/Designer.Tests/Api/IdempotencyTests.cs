using System.Net;
using System.Net.Http.Json;
using Mpp.Workflows.Designer.Tests.Hosting;

namespace Mpp.Workflows.Designer.Tests.Api;

/// <summary>A retried submission with the same <c>Idempotency-Key</c> returns the first result and files nothing new.</summary>
public abstract class IdempotencyTests(DesignerHost host)
{
    [Fact]
    public async Task Submit_SameKeyTwice_ReturnsSameRegistrationAndCreatesOneApplication()
    {
        var before = await CountAsync("reklame");
        var key = $"retry-{Guid.NewGuid():N}";

        var first = await host.SubmitAsync("reklame", SampleData.Reklame(), key);
        var second = await host.SubmitAsync("reklame", SampleData.Reklame(), key);

        Assert.Equal(first, second);
        Assert.Equal(before + 1, await CountAsync("reklame"));
    }

    [Fact]
    public async Task Submit_SameKeyConcurrently_ReturnsSameRegistrationAndCreatesOneApplication()
    {
        var before = await CountAsync("sip-dokter");
        var key = $"double-click-{Guid.NewGuid():N}";

        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => host.SubmitAsync("sip-dokter", SampleData.Sip(), key))));

        Assert.Single(results.Distinct());
        Assert.Equal(before + 1, await CountAsync("sip-dokter"));
    }

    /// <summary>A key is not a way into someone else's application: the same key with another body is refused.</summary>
    [Fact]
    public async Task Submit_SameKeyWithAnotherBody_Returns422_AndHandsOutNothingOfTheFirst()
    {
        var key = $"guessable-{Guid.NewGuid():N}";
        var first = await host.SubmitAsync("reklame", SampleData.Reklame(), key);

        var other = SampleData.Submission("sip-dokter", SampleData.Sip());
        other["applicant"]!["name"] = "Orang Lain";
        using var client = host.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/applications") { Content = JsonContent.Create(other) };
        request.Headers.Add("Idempotency-Key", key);
        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.DoesNotContain(first.TrackingToken, text, StringComparison.Ordinal);
        Assert.DoesNotContain(first.RegistrationNumber, text, StringComparison.Ordinal);
        Assert.DoesNotContain(first.Id.ToString(), text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Submit_DifferentKeys_CreatesTwoApplications()
    {
        var first = await host.SubmitAsync("reklame", SampleData.Reklame(), $"a-{Guid.NewGuid():N}");
        var second = await host.SubmitAsync("reklame", SampleData.Reklame(), $"b-{Guid.NewGuid():N}");

        Assert.NotEqual(first.RegistrationNumber, second.RegistrationNumber);
    }

    [Fact]
    public async Task Submit_Returns201WithLocationOfTheApplication()
    {
        using var client = host.CreateClient();
        using var response = await client.PostAsJsonAsync("/api/applications", SampleData.Submission("sip-dokter", SampleData.Sip()));
        var body = await Problems.ReadObjectAsync(response);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal($"/api/applications/{body["id"]}", response.Headers.Location?.OriginalString);
        Assert.Equal("InProgress", (string?)body["status"]);
        Assert.Equal(1, (int)body["definitionVersion"]!);
        Assert.StartsWith("503-SIP-", (string?)body["registrationNumber"], StringComparison.Ordinal);
    }

    private async Task<long> CountAsync(string definitionId)
    {
        using var admin = await host.ClientAsync("admin");
        var page = await admin.GetFromJsonAsync<JsonObject>($"/api/applications?definitionId={definitionId}&pageSize=1");
        return (long)page!["total"]!;
    }

    public sealed class OnSqlite(SqliteHost host) : IdempotencyTests(host), IClassFixture<SqliteHost>;

    public sealed class OnPostgres(PostgresHost host) : IdempotencyTests(host), IClassFixture<PostgresHost>;
}
