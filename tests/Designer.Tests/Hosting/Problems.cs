using System.Net;
using System.Net.Http.Json;

namespace Mpp.Workflows.Designer.Tests.Hosting;

/// <summary>Assertions on RFC 9457 problem-details responses.</summary>
public static class Problems
{
    /// <summary>Asserts the status and the <c>application/problem+json</c> media type; returns the problem body.</summary>
    public static async Task<JsonObject> AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        ArgumentNullException.ThrowIfNull(response);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"expected {(int)status}, got {(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonNode.Parse(text)!.AsObject();
        Assert.Equal((int)status, (int)problem["status"]!);
        Assert.False(string.IsNullOrWhiteSpace((string?)problem["title"]));
        Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
        return problem;
    }

    /// <summary>The keys of the problem's <c>errors</c> map.</summary>
    public static IReadOnlyList<string> ErrorKeys(JsonObject problem) =>
        problem["errors"] is JsonObject errors ? [.. errors.Select(e => e.Key)] : [];

    public static Task<JsonObject> ReadObjectAsync(HttpResponseMessage response) =>
        response.Content.ReadFromJsonAsync<JsonObject>()!;
}
