using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.TestHost;

namespace Mpp.Workflows.Designer.Tests.Security;

/// <summary>
/// Requests to the in-memory host as if from <see cref="Address"/> (the test server's <c>HttpClient</c> cannot choose the
/// client address, which the sign-in and submission limits count by), with a small cookie jar for page sessions.
/// </summary>
public sealed partial class AddressedClient(TestServer server, IPAddress address)
{
    private readonly Dictionary<string, string> _cookies = new(StringComparer.Ordinal);

    public IPAddress Address { get; } = address;

    /// <summary>An address of its own for each caller, so tests sharing a host do not share limits.</summary>
    public static IPAddress NewAddress() => new(Random.Shared.Next(0x0A000001, 0x0AFFFFFE));

    public Task<Reply> GetAsync(string path, string? bearer = null) => SendAsync("GET", path, null, null, bearer, null);

    public Task<Reply> PostJsonAsync(string path, object body, string? bearer = null, string? acceptLanguage = null) =>
        SendAsync("POST", path, "application/json", JsonSerializer.SerializeToUtf8Bytes(body), bearer, acceptLanguage);

    public Task<Reply> PostFormAsync(string path, IReadOnlyDictionary<string, string> fields) =>
        SendAsync("POST", path, "application/x-www-form-urlencoded", Encoding.UTF8.GetBytes(QueryString.Create(fields!).ToUriComponent()[1..]), null, null);

    public Task<Reply> PostBytesAsync(string path, string contentType, byte[] body) => SendAsync("POST", path, contentType, body, null, null);

    /// <summary>Signs in through the <c>/login</c> form (antiforgery included); the reply is the form's answer.</summary>
    public async Task<Reply> SignInThroughFormAsync(string username, string password, string path = "/login")
    {
        var form = await GetAsync(path);
        Assert.Equal(200, form.Status);
        return await PostFormAsync(path, new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["__RequestVerificationToken"] = AntiforgeryField().Match(form.Body).Groups[1].Value,
            ["Username"] = username,
            ["Password"] = password,
        });
    }

    public bool HasCookie(string name) => _cookies.ContainsKey(name);

    private async Task<Reply> SendAsync(string method, string path, string? contentType, byte[]? body, string? bearer, string? acceptLanguage)
    {
        var context = await server.SendAsync(c =>
        {
            c.Connection.RemoteIpAddress = Address;
            c.Request.Scheme = "http";
            c.Request.Host = new HostString("localhost");
            c.Request.Method = method;
            var query = path.IndexOf('?', StringComparison.Ordinal);
            c.Request.Path = query < 0 ? path : path[..query];
            c.Request.QueryString = query < 0 ? QueryString.Empty : new QueryString(path[query..]);
            if (_cookies.Count > 0)
            {
                c.Request.Headers.Cookie = string.Join("; ", _cookies.Select(kv => $"{kv.Key}={kv.Value}"));
            }

            if (bearer is not null)
            {
                c.Request.Headers.Authorization = "Bearer " + bearer;
            }

            if (acceptLanguage is not null)
            {
                c.Request.Headers.AcceptLanguage = acceptLanguage;
            }

            if (body is not null)
            {
                c.Request.ContentType = contentType;
                c.Request.ContentLength = body.Length;
                c.Request.Body = new MemoryStream(body);

                // The test server decides this before the body is set here; minimal APIs would read no body without it.
                c.Features.Set<IHttpRequestBodyDetectionFeature>(new HasBody());
            }
        });

        foreach (var header in context.Response.Headers.SetCookie)
        {
            var pair = header!.Split(';')[0];
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var (name, value) = (pair[..equals], pair[(equals + 1)..]);
            if (value.Length == 0 || header.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase))
            {
                _cookies.Remove(name);
            }
            else
            {
                _cookies[name] = value;
            }
        }

        using var reader = new StreamReader(context.Response.Body);
        return new Reply(context.Response.StatusCode, context.Response.Headers, await reader.ReadToEndAsync());
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();

    private sealed class HasBody : IHttpRequestBodyDetectionFeature
    {
        public bool CanHaveBody => true;
    }

    /// <summary>What came back: status, headers, body text.</summary>
    public sealed record Reply(int Status, IHeaderDictionary Headers, string Body)
    {
        public JsonObject Json => JsonNode.Parse(Body)!.AsObject();

        public string? Location => Headers.Location.FirstOrDefault();
    }
}
