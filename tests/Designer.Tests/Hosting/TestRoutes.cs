namespace Mpp.Workflows.Designer.Tests.Hosting;

/// <summary>
/// Makes a test's small route publishable as the validator demands of every route: each approving end is reached through an
/// <c>Mpp.IssueDocument</c> of the permit (inserted just before it, taking over its incoming connections), and a route with
/// no permit of its own gets a minimal one. What the test is about (tasks, clocks, outcomes) is left as written.
/// </summary>
internal static class TestRoutes
{
    /// <summary><paramref name="json"/> (a route document) with the permit issued before each approval.</summary>
    public static string WithPermit(string json) => WithPermit(JsonNode.Parse(json)!.AsObject()).ToJsonString();

    /// <summary><paramref name="route"/> itself, changed: a permit step before each approving end, and a permit if it has none.</summary>
    public static JsonObject WithPermit(JsonObject route)
    {
        ArgumentNullException.ThrowIfNull(route);
        var root = route["root"]!.AsObject();
        var activities = root["activities"]!.AsArray();
        var connections = root["connections"]?.AsArray() ?? [];
        var approvals = activities.OfType<JsonObject>()
            .Where(a => (string?)a["type"] == "Elsa.End" && ResultOf(a) == "Approved")
            .Select(a => (string)a["id"]!)
            .ToList();
        foreach (var end in approvals)
        {
            var permit = end + "-izin";
            if (activities.OfType<JsonObject>().Any(a => (string?)a["id"] == permit))
            {
                continue;
            }

            activities.Add(new JsonObject
            {
                ["id"] = permit,
                ["type"] = "Mpp.IssueDocument",
                ["name"] = "Terbitkan surat izin",
                ["kind"] = new JsonObject { ["typeName"] = "String", ["expression"] = new JsonObject { ["type"] = "Literal", ["value"] = "Permit" } },
            });
            foreach (var connection in connections.OfType<JsonObject>().Where(c => (string?)c["target"]?["activity"] == end))
            {
                connection["target"]!["activity"] = permit;
            }

            connections.Add(new JsonObject
            {
                ["source"] = new JsonObject { ["activity"] = permit, ["port"] = "Done" },
                ["target"] = new JsonObject { ["activity"] = end, ["port"] = "In" },
            });
        }

        var options = route["options"] as JsonObject;
        if (options is null)
        {
            route["options"] = options = [];
        }

        if (options["permit"] is not null)
        {
            return route;
        }

        // The permit prints only fields the route's form has (the studio refuses others): the holder's name and NIK.
        if (route["inputs"] is not JsonArray inputs)
        {
            route["inputs"] = inputs = [];
        }

        var fields = inputs.Select(i => (string?)i?["name"]).OfType<string>().ToList();
        if (!fields.Contains("nik"))
        {
            inputs.Add(new JsonObject { ["name"] = "nik", ["type"] = "String", ["displayName"] = "NIK", ["required"] = false });
        }

        var permitOptions = new JsonObject
        {
            ["title"] = "SURAT IZIN " + ((string?)route["name"] ?? "UJI").ToUpperInvariant(),
            ["grantStatement"] = "Memberikan izin kepada:",
            ["holderNameField"] = fields.Contains("nama") ? "nama" : fields.FirstOrDefault() ?? "nik",
            ["holderNikField"] = "nik",
            ["fields"] = new JsonArray(),
        };
        options["permit"] = permitOptions;
        return route;
    }

    /// <summary>An end's result, written bare or as <c>{typeName, expression: {value}}</c>.</summary>
    private static string? ResultOf(JsonObject end) => end["result"] switch
    {
        JsonValue value => (string?)value,
        JsonObject input => (string?)input["expression"]?["value"],
        _ => null,
    };
}
