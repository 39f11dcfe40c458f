namespace Mpp.Workflows.Engine.Runtime;

/// <summary>
/// Running clocks of <see cref="Applications"/> applications count through <see cref="Years"/>, whose holiday decrees are not
/// loaded: their due dates are estimates and what they would trigger waits.
/// </summary>
public sealed record ProvisionalCalendarNotice(int Applications, IReadOnlyList<int> Years);
