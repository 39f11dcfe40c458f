using System.Text.RegularExpressions;
using Mpp.Workflows.Designer.Definitions;

namespace Mpp.Workflows.Designer.TestRuns;

/// <summary>
/// A test run's form data taken from a real application: the route's sample data, with the application's value only for
/// the fields the route's logic uses (named anywhere in its steps, conditions or options) whose values
/// <see cref="TestRunPrivacy.MayCopy"/> allows — choices, yes/no, quantities, dates. Names, NIK, contacts, addresses and free
/// text stay sample values, so the run follows the application's path without carrying who filed it.
/// </summary>
/// <remarks>
/// The draft is the analyst's to write, so it cannot say what a value is: a free-text field declared in the draft as a choice
/// whose options are the real answers would otherwise be copied. A value is copied only when the form of the route version
/// the application was filed on (<c>filedOn</c>) allows it too: the same field there is not personal and of a kind a
/// condition branches on, and the value is among its options when it has any.
/// </remarks>
public static partial class ApplicationCopy
{
    public static JsonObject For(
        JsonObject document, IReadOnlyList<FieldDefinition> inputs, JsonObject application, IReadOnlyList<FieldDefinition> filedOn, DateOnly filed)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(application);
        ArgumentNullException.ThrowIfNull(filedOn);
        var used = NamesUsed(document);
        var data = SampleFormData.For(inputs, filed);
        var own = filedOn.GroupBy(f => f.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var field in inputs.Where(f => used.Contains(f.Name) && data.ContainsKey(f.Name)))
        {
            var value = application[field.Name];
            if (own.TryGetValue(field.Name, out var original) && field.Type == original.Type
                && TestRunPrivacy.MayCopy(original, value) && TestRunPrivacy.MayCopy(field, value))
            {
                data[field.Name] = value!.DeepClone();
            }
        }

        return data;
    }

    /// <summary>Every word in the route outside its form and studio sections: the form fields its logic can read are among them.</summary>
    private static HashSet<string> NamesUsed(JsonObject document)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (key, node) in document)
        {
            if (node is null || string.Equals(key, "inputs", StringComparison.OrdinalIgnoreCase) || string.Equals(key, TestRunPrivacy.Section, StringComparison.Ordinal))
            {
                continue;
            }

            // Inputs written as JSON inside a string ("Object" expressions) only add escaped quotes around the same words.
            foreach (Match word in Word().Matches(node.ToJsonString()))
            {
                words.Add(word.Value);
            }
        }

        return words;
    }

    [GeneratedRegex("[A-Za-z_$][A-Za-z0-9_$]*", RegexOptions.CultureInvariant)]
    private static partial Regex Word();
}
