using System.Collections;
using System.Reflection;
using System.Text.Json.Nodes;
using Xunit.Sdk;

namespace Mpp.Workflows.Definitions.Tests;

/// <summary>
/// Deep equality for the definition model: records hold lists and dictionaries, whose own Equals compares references, so a
/// round trip is checked member by member instead.
/// </summary>
internal static class StructuralAssert
{
    public static void Equal(object? expected, object? actual, string path = "$")
    {
        switch (expected, actual)
        {
            case (null, null):
                return;
            case (null, _) or (_, null):
                throw new XunitException($"{path}: expected {expected ?? "null"}, got {actual ?? "null"}.");
            case (JsonNode e, JsonNode a):
                if (!JsonNode.DeepEquals(e, a))
                {
                    throw new XunitException($"{path}: expected JSON {e.ToJsonString()}, got {a.ToJsonString()}.");
                }

                return;
            case (string or ValueType, _):
                if (!expected.Equals(actual))
                {
                    throw new XunitException($"{path}: expected {expected}, got {actual}.");
                }

                return;
            case (IDictionary e, IDictionary a):
                if (e.Count != a.Count)
                {
                    throw new XunitException($"{path}: expected {e.Count} entries, got {a.Count}.");
                }

                foreach (DictionaryEntry entry in e)
                {
                    if (!a.Contains(entry.Key))
                    {
                        throw new XunitException($"{path}: missing key {entry.Key}.");
                    }

                    Equal(entry.Value, a[entry.Key], $"{path}[{entry.Key}]");
                }

                return;
            case (IEnumerable e, IEnumerable a):
                var expectedItems = e.Cast<object?>().ToList();
                var actualItems = a.Cast<object?>().ToList();
                if (expectedItems.Count != actualItems.Count)
                {
                    throw new XunitException($"{path}: expected {expectedItems.Count} items, got {actualItems.Count}.");
                }

                for (var i = 0; i < expectedItems.Count; i++)
                {
                    Equal(expectedItems[i], actualItems[i], $"{path}[{i}]");
                }

                return;
            default:
                if (expected.GetType() != actual.GetType())
                {
                    throw new XunitException($"{path}: expected a {expected.GetType().Name}, got a {actual.GetType().Name}.");
                }

                foreach (var property in expected.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0))
                {
                    Equal(property.GetValue(expected), property.GetValue(actual), $"{path}.{property.Name}");
                }

                return;
        }
    }
}
