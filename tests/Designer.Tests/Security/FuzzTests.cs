using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Mpp.Workflows.Designer.Tests.Hosting;
using Mpp.Workflows.Testing;
using Xunit.Abstractions;

namespace Mpp.Workflows.Designer.Tests.Security;

/// <summary>
/// Issue 10: thousands of generated hostile requests (malformed and truncated JSON, wrong types, huge and deeply nested
/// bodies, control characters, lone surrogates, invalid UTF-8, SQL and script payloads, bad multipart, junk route values
/// and queries) against every route the host maps under <c>/api</c> and its other minimal endpoints, taken from the
/// host's own <see cref="EndpointDataSource"/> so a new route is fuzzed without editing this test. Staff routes get a
/// valid token of a user the route admits. Not one answer may be a 5xx. The seed is fixed: a failure names the request
/// and reproduces.
/// </summary>
public abstract class FuzzTests(DesignerHost host, ITestOutputHelper output)
{
    private const int Seed = 20261130;
    private const int MinimumRequests = 2_000;
    private const int RequestsPerRoute = 60;

    private static readonly string[] Hostile =
    [
        "' OR '1'='1' --", "'; DROP TABLE instances; --", "\" OR \"\"=\"", "1; SELECT pg_sleep(5)--", "admin'--",
        "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "javascript:alert(1)", "{{7*7}}", "${jndi:ldap://x/a}",
        "../../../../etc/passwd", "..\\..\\windows\\win.ini", "%00", "\u0000", "\u0007\u001b[31m", "line\r\nBcc: a@b.c",
        "\u202egnp.exe", "\ufeff", "\uffff", "𝕏😀", "null", "true", "-1", "0", "1e309", "NaN", "9999999999999999999999999",
        "", " ", "a/b/c", "503-SIP-2026-000001", "00000000-0000-0000-0000-000000000000", "%2e%2e%2f", "\t",
    ];

    [Fact]
    public async Task EveryRoute_GeneratedBadRequests_NeverAnswer5xx()
    {
        var random = new Random(Seed);
        var context = await FuzzContext.CreateAsync(host);
        var routes = Routes();
        Assert.Contains(routes, r => r.Pattern == "/api/applications/" && r.Method == "POST");
        Assert.Contains(routes, r => r.Pattern.StartsWith("/api/admin/users", StringComparison.Ordinal));

        var requests = new List<FuzzRequest>();
        for (var round = 0; requests.Count < Math.Max(MinimumRequests, routes.Count * RequestsPerRoute); round++)
        {
            foreach (var route in routes)
            {
                requests.Add(Generate(route, context, random));
            }
        }

        var clock = Stopwatch.StartNew();
        var failures = new System.Collections.Concurrent.ConcurrentBag<string>();
        using var client = host.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.Timeout = TimeSpan.FromSeconds(60);
        await Parallel.ForEachAsync(requests, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (fuzz, _) =>
        {
            using var request = fuzz.ToMessage(context);
            using var response = await client.SendAsync(request);
            if ((int)response.StatusCode >= 500)
            {
                var answer = await response.Content.ReadAsStringAsync();
                failures.Add($"{(int)response.StatusCode} {fuzz}\n    → {answer[..Math.Min(300, answer.Length)]}");
            }
        });
        clock.Stop();

        output.WriteLine($"{requests.Count} requests to {routes.Count} routes in {clock.Elapsed.TotalSeconds:0.0} s (seed {Seed})");
        Assert.True(failures.IsEmpty, $"{failures.Count} of {requests.Count} requests answered 5xx:\n{string.Join("\n", failures.Take(25))}");
    }

    /// <summary>Every route endpoint with an HTTP method, except pages, static files and third-party dashboards.</summary>
    private List<FuzzRoute> Routes()
    {
        var source = host.Services.GetRequiredService<EndpointDataSource>();
        var routes = new List<FuzzRoute>();
        foreach (var endpoint in source.Endpoints.OfType<RouteEndpoint>())
        {
            var pattern = endpoint.RoutePattern.RawText ?? string.Empty;
            var methods = endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods ?? [];
            if (methods.Count == 0
                || endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Components.Endpoints.ComponentTypeMetadata>() is not null
                || pattern.StartsWith("/_", StringComparison.Ordinal)
                || pattern.StartsWith("/hangfire", StringComparison.Ordinal)
                || pattern.StartsWith("/scalar", StringComparison.Ordinal)
                || pattern.StartsWith("/openapi", StringComparison.Ordinal)
                || endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.StaticAssets.StaticAssetDescriptor>() is not null)
            {
                continue;
            }

            var policies = endpoint.Metadata.OfType<Microsoft.AspNetCore.Authorization.IAuthorizeData>().Select(a => a.Policy).OfType<string>().ToList();
            foreach (var method in methods.Where(m => m is not ("HEAD" or "OPTIONS")))
            {
                routes.Add(new FuzzRoute(method, pattern.StartsWith('/') ? pattern : "/" + pattern, endpoint.RoutePattern, policies));
            }
        }

        return [.. routes.OrderBy(r => r.Pattern, StringComparer.Ordinal).ThenBy(r => r.Method, StringComparer.Ordinal)];
    }

    private static FuzzRequest Generate(FuzzRoute route, FuzzContext context, Random random)
    {
        var user = route.Policies switch
        {
            var p when p.Contains("Admin") => "admin",
            var p when p.Contains("Designer") => random.Next(2) == 0 ? "analyst" : "admin",
            var p when p.Contains("Staff") => random.Next(3) switch { 0 => "dpmptsp.frontoffice", 1 => "dpmptsp.reviewer", _ => "admin" },
            _ => random.Next(4) == 0 ? "dpmptsp.frontoffice" : null,
        };
        if (random.Next(20) == 0)
        {
            user = null;
        }

        var path = FillRoute(route.RoutePattern, context, random) + Query(random, context);
        if (route.Method is "GET" or "DELETE")
        {
            return new FuzzRequest(route.Method, path, user, null, null, "query");
        }

        if (route.Pattern.Contains("with-files", StringComparison.Ordinal) || (random.Next(12) == 0))
        {
            var (body, contentType, what) = Multipart(Template(route.Pattern, context), random);
            return new FuzzRequest(route.Method, path, user, body, contentType, what);
        }

        var (bytes, kind) = Mutate(Template(route.Pattern, context), random);
        var type = random.Next(10) switch
        {
            0 => "text/plain",
            1 => null,
            2 => "application/json; charset=iso-8859-1",
            3 => "application/x-www-form-urlencoded",
            _ => "application/json",
        };
        return new FuzzRequest(route.Method, path, user, bytes, type, kind);
    }

    private static string FillRoute(RoutePattern pattern, FuzzContext context, Random random)
    {
        var path = new StringBuilder();
        foreach (var segment in pattern.PathSegments)
        {
            path.Append('/');
            foreach (var part in segment.Parts)
            {
                path.Append(part switch
                {
                    RoutePatternLiteralPart literal => literal.Content,
                    // Kestrel refuses a NUL in the path itself (400) before the host sees it; the test server would throw instead.
                    RoutePatternParameterPart parameter => Uri.EscapeDataString(ValueFor(parameter, context, random).Replace("\0", "0", StringComparison.Ordinal)),
                    RoutePatternSeparatorPart separator => separator.Content,
                    _ => string.Empty,
                });
            }
        }

        return path.Length == 0 ? "/" : path.ToString();
    }

    private static string ValueFor(RoutePatternParameterPart parameter, FuzzContext context, Random random)
    {
        var isGuid = parameter.ParameterPolicies.Any(p => p.Content == "guid");
        var isInt = parameter.ParameterPolicies.Any(p => p.Content == "int");
        return parameter.Name switch
        {
            _ when isGuid => random.Next(3) switch
            {
                0 => context.ApplicationId.ToString(),
                1 => context.TaskId.ToString(),
                _ => Guid.NewGuid().ToString(),
            },
            _ when isInt => random.Next(4) switch { 0 => "2035", 1 => "0", 2 => "-2147483648", _ => "99999" },
            "definitionId" => random.Next(3) == 0 ? "sip-dokter" : Pick(random),
            "registrationNumber" => random.Next(3) == 0 ? context.RegistrationNumber : Pick(random),
            _ => Pick(random) is { Length: > 0 } value ? value : "x",
        };
    }

    private static string Query(Random random, FuzzContext context)
    {
        if (random.Next(3) == 0)
        {
            return string.Empty;
        }

        string[] names = ["token", "status", "definitionId", "page", "pageSize", "scope", "version", "returnUrl", "code", "year"];
        var parts = Enumerable.Range(0, random.Next(1, 4)).Select(_ =>
        {
            var name = names[random.Next(names.Length)];
            var value = name == "token" && random.Next(3) == 0 ? context.TrackingToken : Pick(random);
            return $"{name}={Uri.EscapeDataString(value)}";
        });
        return "?" + string.Join('&', parts);
    }

    /// <summary>A plausible body for the route (so mutations reach deep into the handler), or an empty object.</summary>
    private static JsonNode Template(string pattern, FuzzContext context) => pattern switch
    {
        "/api/applications/" or "/api/applications" or "/api/applications/with-files" => SampleData.Submission("sip-dokter", SampleData.Sip()),
        _ when pattern.Contains("resubmit", StringComparison.Ordinal) => new JsonObject { ["data"] = new JsonObject { ["nomorStr"] = "STR-1" } },
        _ when pattern.EndsWith("/complete", StringComparison.Ordinal) =>
            new JsonObject { ["outcome"] = "Lengkap", ["comment"] = "ok", ["fields"] = new JsonObject { ["catatan"] = "x" } },
        "/api/auth/token" => new JsonObject { ["username"] = "dpmptsp.reviewer", ["password"] = "salah-sekali" },
        _ when pattern.StartsWith("/api/calendars", StringComparison.Ordinal) => new JsonObject
        {
            ["year"] = 2035, ["timeZone"] = "Asia/Jakarta", ["source"] = "fuzz",
            ["holidays"] = new JsonArray(new JsonObject { ["date"] = "2035-01-01", ["name"] = "Tahun Baru", ["kind"] = "National" }),
        },
        _ when pattern.StartsWith("/api/definitions", StringComparison.Ordinal) => context.Definition.DeepClone(),
        _ when pattern.EndsWith("/revoke", StringComparison.Ordinal) => new JsonObject { ["reason"] = "dicabut" },
        _ when pattern.EndsWith("/password", StringComparison.Ordinal) => new JsonObject { ["password"] = "rahasia-baru-1" },
        _ when pattern.StartsWith("/api/admin/offices", StringComparison.Ordinal) =>
            new JsonObject { ["code"] = "FUZZ", ["name"] = "Kantor uji", ["timeZone"] = "Asia/Jakarta", ["roles"] = new JsonArray("Reviewer") },
        _ when pattern.StartsWith("/api/admin/users", StringComparison.Ordinal) => new JsonObject
        {
            ["username"] = "fuzz.user", ["password"] = "rahasia-1234", ["displayName"] = "Uji", ["office"] = "DPMPTSP",
            ["roles"] = new JsonArray("Reviewer"), ["active"] = true, ["email"] = "fuzz@example.org",
        },
        _ => new JsonObject { ["a"] = 1 },
    };

    private static (byte[] Body, string Kind) Mutate(JsonNode template, Random random)
    {
        switch (random.Next(14))
        {
            case 0:
                var text = template.ToJsonString();
                return (Encoding.UTF8.GetBytes(text[..random.Next(text.Length)]), "truncated JSON");
            case 1:
                var noise = new byte[random.Next(1, 600)];
                random.NextBytes(noise);
                return (noise, "random bytes");
            case 2:
                var depth = random.Next(2) == 0 ? 10_000 : 70;
                var nested = string.Concat(Enumerable.Repeat(random.Next(2) == 0 ? "[" : "{\"a\":", depth));
                return (Encoding.UTF8.GetBytes(random.Next(2) == 0 ? nested : $"{{\"data\":{nested}1"), $"nested {depth}");
            case 3:
                var huge = WithValue(template, random, JsonValue.Create(new string('x', random.Next(2) == 0 ? 900_000 : 1_100_000)));
                return (Encoding.UTF8.GetBytes(huge.ToJsonString()), "huge string");
            case 4:
                var array = new JsonArray([.. Enumerable.Range(0, 50_000).Select(i => (JsonNode?)i)]);
                return (Encoding.UTF8.GetBytes(WithValue(template, random, array).ToJsonString()), "long array");
            case 5:
                var surrogate = template.ToJsonString();
                var at = surrogate.IndexOf("\":\"", StringComparison.Ordinal);
                return (Encoding.UTF8.GetBytes(at < 0 ? "{\"a\":\"\\ud800\"}" : surrogate.Insert(at + 3, random.Next(2) == 0 ? "\\ud800" : "\\udc00x")), "lone surrogate");
            case 6:
                var utf8 = Encoding.UTF8.GetBytes(template.ToJsonString());
                var cut = Math.Max(0, Array.IndexOf(utf8, (byte)'"', utf8.Length / 3));
                return ([.. utf8[..(cut + 1)], 0xC3, 0x28, 0xFF, 0xFE, .. utf8[(cut + 1)..]], "invalid UTF-8");
            case 7:
                var duplicate = template.ToJsonString();
                var first = duplicate.IndexOf('"', StringComparison.Ordinal);
                var end = first < 0 ? -1 : duplicate.IndexOf(',', first);
                return (Encoding.UTF8.GetBytes(end < 0 ? "{\"a\":1,\"a\":2}" : duplicate.Insert(end + 1, duplicate[first..end] + ",")), "duplicate key");
            case 8:
                return (Encoding.UTF8.GetBytes(random.Next(4) switch { 0 => "null", 1 => "[]", 2 => "\"text\"", _ => "123" }), "wrong root type");
            case 9:
                return ([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(template.ToJsonString() + (random.Next(2) == 0 ? "}}" : " trailing"))], "trailing garbage");
            default:
                var replaced = WithValue(template, random, HostileValue(random));
                if (random.Next(3) == 0 && replaced is JsonObject extra)
                {
                    extra[Pick(random) is { Length: > 0 } key ? key : "x"] = HostileValue(random);
                }

                return (Encoding.UTF8.GetBytes(replaced.ToJsonString()), "wrong type or hostile value");
        }
    }

    private static JsonNode? HostileValue(Random random) => random.Next(9) switch
    {
        0 => null,
        1 => JsonValue.Create(random.Next(2) == 0),
        2 => JsonValue.Create(random.NextDouble() * 1e300),
        3 => JsonValue.Create(-random.NextInt64()),
        4 => new JsonArray(JsonValue.Create(Pick(random)), new JsonObject()),
        5 => new JsonObject { ["$where"] = Pick(random), ["__proto__"] = new JsonObject { ["admin"] = true } },
        6 => JsonValue.Create(new string(Pick(random).FirstOrDefault('x'), random.Next(1, 5_000))),
        _ => JsonValue.Create(Pick(random)),
    };

    /// <summary>The template with one value, at a random depth, replaced.</summary>
    private static JsonNode WithValue(JsonNode template, Random random, JsonNode? value)
    {
        var copy = template.DeepClone();
        var node = copy;
        while (true)
        {
            switch (node)
            {
                case JsonObject obj when obj.Count > 0:
                    var key = obj.ElementAt(random.Next(obj.Count)).Key;
                    if (obj[key] is JsonObject or JsonArray && random.Next(3) > 0)
                    {
                        node = obj[key]!;
                        continue;
                    }

                    obj[key] = value?.DeepClone();
                    return copy;
                case JsonArray array when array.Count > 0:
                    var index = random.Next(array.Count);
                    if (array[index] is JsonObject or JsonArray && random.Next(3) > 0)
                    {
                        node = array[index]!;
                        continue;
                    }

                    array[index] = value?.DeepClone();
                    return copy;
                case JsonObject empty:
                    empty["x"] = value?.DeepClone();
                    return copy;
                default:
                    return copy;
            }
        }
    }

    private static (byte[] Body, string ContentType, string Kind) Multipart(JsonNode template, Random random)
    {
        const string boundary = "fuzzBoundary";
        var application = random.Next(3) == 0 ? Mutate(template, random).Body : Encoding.UTF8.GetBytes(template.ToJsonString());
        var file = random.Next(4) switch
        {
            0 => Encoding.ASCII.GetBytes("%PDF-1.4 " + new string('x', random.Next(10, 5_000))),
            1 => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0],
            2 => Encoding.ASCII.GetBytes("MZ\u0090<script>alert(1)</script>"),
            _ => [],
        };
        var field = random.Next(3) == 0 ? Pick(random) : "dokumenStr";
        var name = random.Next(3) == 0 ? Pick(random) + ".pdf" : "str.pdf";
        using var body = new MemoryStream();
        void Write(string s) => body.Write(Encoding.UTF8.GetBytes(s));
        Write($"--{boundary}\r\nContent-Disposition: form-data; name=\"application\"\r\nContent-Type: application/json\r\n\r\n");
        body.Write(application);
        Write($"\r\n--{boundary}\r\nContent-Disposition: form-data; name=\"{field.Replace("\"", "", StringComparison.Ordinal)}\"; filename=\"{name.Replace("\"", "", StringComparison.Ordinal)}\"\r\nContent-Type: application/octet-stream\r\n\r\n");
        body.Write(file);
        Write($"\r\n--{boundary}--\r\n");
        var bytes = body.ToArray();
        return random.Next(5) switch
        {
            0 => (bytes[..random.Next(bytes.Length)], $"multipart/form-data; boundary={boundary}", "truncated multipart"),
            1 => (bytes, "multipart/form-data", "multipart without boundary"),
            2 => (bytes, $"multipart/form-data; boundary={new string('b', 200)}", "multipart with the wrong boundary"),
            3 => ([.. Encoding.ASCII.GetBytes($"--{boundary}\r\nContent-Disposition: form-data; name=\"a\"\r\n" + new string('h', 20_000) + "\r\n\r\nx\r\n--{boundary}--\r\n")],
                $"multipart/form-data; boundary={boundary}", "multipart with a huge header"),
            _ => (bytes, $"multipart/form-data; boundary={boundary}", "multipart with hostile parts"),
        };
    }

    private static string Pick(Random random) => Hostile[random.Next(Hostile.Length)];

    private sealed record FuzzRoute(string Method, string Pattern, RoutePattern RoutePattern, IReadOnlyList<string> Policies);

    private sealed record FuzzRequest(string Method, string Path, string? User, byte[]? Body, string? ContentType, string Kind)
    {
        public HttpRequestMessage ToMessage(FuzzContext context)
        {
            var request = new HttpRequestMessage(new HttpMethod(Method), Path);
            if (User is not null)
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", context.Tokens[User]);
            }

            if (Body is not null)
            {
                request.Content = new ByteArrayContent(Body);
                request.Content.Headers.Remove("Content-Type");
                if (ContentType is not null)
                {
                    request.Content.Headers.TryAddWithoutValidation("Content-Type", ContentType);
                }
            }

            if (Method == "POST" && Path.StartsWith("/api/applications", StringComparison.Ordinal))
            {
                request.Headers.TryAddWithoutValidation("Idempotency-Key", Kind.Length % 2 == 0 ? new string('k', 300) : $"fuzz-{Kind}");
            }

            return request;
        }

        public override string ToString() =>
            $"{Method} {Path} as {User ?? "anonymous"}: {Kind} ({ContentType}, {Body?.Length ?? 0} bytes: {Preview()})";

        private string Preview() => Body is null ? string.Empty : Encoding.UTF8.GetString(Body[..Math.Min(160, Body.Length)]);
    }

    /// <summary>Real ids and tokens, so part of the requests reach the handlers' deeper checks.</summary>
    private sealed record FuzzContext(
        Guid ApplicationId, string RegistrationNumber, string TrackingToken, Guid TaskId, JsonNode Definition, IReadOnlyDictionary<string, string> Tokens)
    {
        public static async Task<FuzzContext> CreateAsync(DesignerHost host)
        {
            var app = await host.SubmitAsync("sip-dokter", SampleData.Sip());
            var task = await host.OpenTaskAsync(app, "check-completeness");
            var definition = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(RepoPaths.Workflows, "sip-dokter.json")))!;
            var tokens = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var user in new[] { "admin", "analyst", "dpmptsp.frontoffice", "dpmptsp.reviewer" })
            {
                tokens[user] = await host.TokenAsync(user);
            }

            return new FuzzContext(app.Id, app.RegistrationNumber, app.TrackingToken, Guid.Parse((string)task["id"]!), definition, tokens);
        }
    }

    public sealed class OnSqlite(SqliteHost host, ITestOutputHelper output) : FuzzTests(host, output), IClassFixture<SqliteHost>;

    public sealed class OnPostgres(PostgresHost host, ITestOutputHelper output) : FuzzTests(host, output), IClassFixture<PostgresHost>;
}
