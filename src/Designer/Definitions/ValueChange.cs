namespace Mpp.Workflows.Designer.Definitions;

/// <summary>A setting's value before and after, as an analyst reads it (a number, a word), for short single values only.</summary>
/// <example><c>new ValueChange("3", "5")</c> for a step's deadline moved from 3 to 5 working days.</example>
public sealed record ValueChange(string Before, string After);
