using System.Net;
using System.Net.Http.Json;

namespace Mpp.Workflows.Designer.Tests.Hosting;

public abstract partial class DesignerHost
{
    /// <summary>Files an application anonymously, as an applicant online; asserts 201.</summary>
    public async Task<SubmittedApplication> SubmitAsync(string definitionId, JsonObject data, string? idempotencyKey = null)
    {
        using var client = CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/applications")
        {
            Content = JsonContent.Create(SampleData.Submission(definitionId, data)),
        };
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{response.StatusCode}: {body}");
        return new SubmittedApplication(
            Guid.Parse((string)body!["id"]!), (string)body["registrationNumber"]!, (string)body["trackingToken"]!, (int)body["definitionVersion"]!);
    }

    /// <summary>The application as an admin sees it (full history with staff names).</summary>
    public async Task<JsonObject> GetApplicationAsync(Guid id)
    {
        using var admin = await ClientAsync("admin");
        return (await admin.GetFromJsonAsync<JsonObject>($"/api/applications/{id}"))!;
    }

    /// <summary>
    /// Decides the open task of <paramref name="activityId"/> as the demo user of its office and role
    /// (<c>&lt;office&gt;.&lt;role&gt;</c>); asserts 200 and returns the application's new state.
    /// </summary>
    public async Task<JsonObject> DecideAsync(
        SubmittedApplication application, string activityId, string outcome, JsonObject? fields = null, string? comment = null)
    {
        var task = await OpenTaskAsync(application, activityId);
        var user = $"{(string)task["office"]!}.{(string)task["role"]!}".ToLowerInvariant();
        using var client = await ClientAsync(user);
        using var response = await client.PostAsJsonAsync(
            $"/api/tasks/{(string)task["id"]!}/complete",
            new { outcome, comment = comment ?? $"{outcome} ({user})", fields = fields ?? [] });
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{activityId} → {outcome}: {response.StatusCode} {body}");
        return body!;
    }

    /// <summary>The open task of <paramref name="activityId"/>; fails when there is none.</summary>
    public async Task<JsonObject> OpenTaskAsync(SubmittedApplication application, string activityId)
    {
        var view = await GetApplicationAsync(application.Id);
        var open = view["openTasks"]!.AsArray().Select(t => t!.AsObject()).ToList();
        return open.SingleOrDefault(t => (string)t["activityId"]! == activityId)
            ?? throw new Xunit.Sdk.XunitException(
                $"No open task '{activityId}'; open: [{string.Join(", ", open.Select(t => (string)t["activityId"]!))}], status {view["status"]}");
    }

    /// <summary>The applicant sends corrected fields with the tracking token; asserts 200.</summary>
    public async Task<JsonObject> ResubmitAsync(SubmittedApplication application, JsonObject changes)
    {
        using var client = CreateClient();
        using var response = await client.PostAsJsonAsync(
            $"/api/applications/{application.Id}/resubmit?token={Uri.EscapeDataString(application.TrackingToken)}",
            new { data = changes });
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"resubmit: {response.StatusCode} {body}");
        return body!;
    }
}
