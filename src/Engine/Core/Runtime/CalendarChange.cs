namespace Mpp.Workflows.Engine.Runtime;

/// <summary>What replacing a calendar year did: the due instants that moved and in how many applications.</summary>
public sealed record CalendarChange(int Year, int Holidays, int ApplicationsAffected, int DueDatesRecomputed);
