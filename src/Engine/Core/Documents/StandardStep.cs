namespace Mpp.Workflows.Engine.Documents;

/// <summary>A numbered step of a service standard's procedure.</summary>
/// <param name="Number">1, 2, … in the order of the main path.</param>
/// <param name="ActivityId">The route's step, which the diagram marks with <see cref="Number"/>.</param>
/// <param name="Name">What happens, as the route names it.</param>
/// <param name="Office">The office's name from the offices table (its code when the table lacks it); null for a step the system does.</param>
/// <param name="Days">The step's deadline in working days; null for a step without one.</param>
/// <param name="Parallel">Whether the step runs at the same time as the other branches of a fork.</param>
public sealed record StandardStep(int Number, string ActivityId, string Name, string? Office, int? Days, bool Parallel);
