namespace Mpp.Workflows.Definitions.Catalog.Activities;

/// <summary>One case of an <c>Elsa.FlowSwitch</c>: the port <paramref name="Label"/> is taken when <paramref name="Condition"/> holds.</summary>
/// <example><c>{ "label": "Besar", "condition": "application.luasLantai > 300" }</c></example>
/// <param name="Label">The case's outbound port.</param>
/// <param name="Condition">JavaScript source of a boolean expression.</param>
public sealed record SwitchCase(string Label, string Condition);
