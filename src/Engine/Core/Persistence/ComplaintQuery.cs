namespace Mpp.Workflows.Engine.Persistence;

/// <summary>
/// One page of the complaints <see cref="Office"/> answers or, escalated, sees (null: every office's, for an administrator),
/// in <see cref="Status"/> (null: any).
/// <see cref="Search"/> matches a part of the complaint number, of the application's registration number, or of the
/// contact's name, e-mail address or phone number (any case), so one complaint can be found however many others came in.
/// </summary>
public sealed record ComplaintQuery(string? Office, string? Status = null, string? Search = null, int Page = 1, int PageSize = 20);
