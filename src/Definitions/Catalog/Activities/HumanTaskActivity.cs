using Mpp.Workflows.Definitions.Json;
using Mpp.Workflows.Definitions.Validation;

namespace Mpp.Workflows.Definitions.Catalog.Activities;

/// <summary>
/// <c>Mpp.HumanTask</c>: a task in an office's inbox. The person chooses one of the declared outcomes, each of which is an
/// outbound port; the task may have a deadline in working days, a reminder, an escalation and an automatic outcome.
/// </summary>
public sealed class HumanTaskActivity() : ActivityType(ActivityTypes.HumanTask)
{
    /// <summary>The <c>onDeadline</c> value that escalates instead of taking an outcome.</summary>
    public const string Escalate = "Escalate";

    public override IReadOnlyList<string> GetOutboundPorts(ActivityNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return node.GetStringList("outcomes");
    }

    protected override void ValidateInputs(ActivityNode node, string path, ValidationContext context)
    {

        var office = InputChecks.CheckText(node, "office", path, context);
        if (office is not null && context.KnownOffices is { } offices && !offices.Contains(office))
        {
            context.Add(InputChecks.PathOf(path, "office"), ValidationCodes.OfficeUnknown,
                $"Unknown office '{office}'; the offices are {string.Join(", ", offices.Order(StringComparer.Ordinal))}.", office);
        }

        InputChecks.CheckText(node, "role", path, context);
        InputChecks.CheckText(node, "escalateTo", path, context);
        InputChecks.CheckText(node, "title", path, context);

        var outcomes = InputChecks.CheckNames(node, "outcomes", path, context);
        if (outcomes is { Count: 0 })
        {
            context.Add(InputChecks.PathOf(path, "outcomes"), ValidationCodes.OutcomesMissing, "A human task needs at least one outcome.");
        }

        CheckDeadline(node, outcomes ?? [], path, context);
        CheckReasonRequiredFor(node, outcomes ?? [], path, context);
        InputChecks.CheckBoolean(node, "marksComplete", path, context);
        CheckForm(node, path, context);
    }

    /// <summary>The typed reading of a task node, for the engine. Values the validator would reject read as absent.</summary>
    public static HumanTaskSpec ReadSpec(ActivityNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var titleIsScript = node.GetExpression("title")?.Type == ExpressionType.JavaScript;
        var title = titleIsScript ? JsonNodes.AsString(node.GetExpression("title")?.Value) : node.GetLiteralString("title");
        var outcomes = node.GetStringList("outcomes");
        var onDeadline = node.GetLiteralString("onDeadline") is { } text ? InputChecks.Choose(text, [Escalate, .. outcomes]) : null;
        var form = node.GetObject("form") is JsonArray fields
            ? fields.Select(field => FieldDefinitionJson.Read(field, string.Empty, static (_, _) => { })).OfType<FieldDefinition>().ToList()
            : [];
        return new HumanTaskSpec(
            node.GetLiteralString("office"),
            node.GetLiteralString("role"),
            string.IsNullOrWhiteSpace(title) ? null : title,
            titleIsScript && !string.IsNullOrWhiteSpace(title),
            outcomes,
            form,
            node.GetLiteralInt("slaDays"),
            node.GetLiteralInt("reminderDaysBefore"),
            node.GetLiteralString("escalateTo"),
            onDeadline,
            node.GetLiteralBool("marksComplete") ?? false,
            [.. node.GetStringList("reasonRequiredFor").Where(o => outcomes.Contains(o, StringComparer.Ordinal))]);
    }

    /// <summary>Only the task's own outcomes can require a reason; another name would silently require nothing.</summary>
    private static void CheckReasonRequiredFor(ActivityNode node, IReadOnlyList<string> outcomes, string path, ValidationContext context)
    {
        foreach (var name in InputChecks.CheckNames(node, "reasonRequiredFor", path, context) ?? [])
        {
            if (!outcomes.Contains(name, StringComparer.Ordinal))
            {
                context.Add(InputChecks.PathOf(path, "reasonRequiredFor"),
                    $"'{name}' is not an outcome of this task; the outcomes are {string.Join(", ", outcomes)}.");
            }
        }
    }

    /// <summary>Reminders, escalation and automatic outcomes all hang off the deadline; without one they never happen.</summary>
    private static void CheckDeadline(ActivityNode node, IReadOnlyList<string> outcomes, string path, ValidationContext context)
    {
        var slaDays = InputChecks.CheckWholeNumber(node, "slaDays", 0, path, context);
        var reminder = InputChecks.CheckWholeNumber(node, "reminderDaysBefore", 0, path, context);
        var hasDeadline = !InputChecks.IsMissing(node, "slaDays");
        foreach (var input in new[] { "reminderDaysBefore", "escalateTo", "onDeadline" })
        {
            if (!hasDeadline && !InputChecks.IsMissing(node, input))
            {
                context.Add(InputChecks.PathOf(path, input), $"'{input}' needs 'slaDays': without a deadline it never takes effect.");
            }
        }

        if (reminder is > 0 && slaDays is { } days && reminder >= days)
        {
            context.Add(InputChecks.PathOf(path, "reminderDaysBefore"),
                $"The reminder ({reminder} working days before) must come after the task opens ({days} working days).");
        }

        if (InputChecks.CheckText(node, "onDeadline", path, context) is { } onDeadline
            && InputChecks.Choose(onDeadline, [Escalate, .. outcomes]) is null)
        {
            context.Add(InputChecks.PathOf(path, "onDeadline"),
                $"'onDeadline' must be {Escalate} or one of the outcomes ({string.Join(", ", outcomes)}), not '{onDeadline}'.");
        }
    }

    private static void CheckForm(ActivityNode node, string path, ValidationContext context)
    {
        if (InputChecks.IsMissing(node, "form"))
        {
            return;
        }

        var formPath = InputChecks.PathOf(path, "form");
        if (node.GetObject("form") is not JsonArray array)
        {
            context.Add(formPath,
                "'form' must be a list of fields, e.g. [{\"name\": \"catatan\", \"type\": \"String\", \"displayName\": \"Catatan\"}].");
            return;
        }

        var fields = new List<(FieldDefinition, string)>();
        for (var i = 0; i < array.Count; i++)
        {
            var fieldPath = JsonPaths.Index(formPath, i);
            if (FieldDefinitionJson.Read(array[i], fieldPath, context.Add) is { } field)
            {
                fields.Add((field, fieldPath));
            }
        }

        FieldRules.Check(fields, context);
    }
}
