namespace Mpp.Workflows.Definitions.Model;

/// <summary>One input of an activity, as Elsa 3 writes it.</summary>
/// <example><c>"office": { "typeName": "String", "expression": { "type": "Literal", "value": "DINKES" } }</c></example>
/// <param name="TypeName">The declared CLR-ish type name (<c>String</c>, <c>Int32</c>, <c>Boolean</c>, <c>Object</c>, …).</param>
/// <param name="Expression">How the value is obtained.</param>
public sealed record ActivityInput(string TypeName, Expression Expression);
