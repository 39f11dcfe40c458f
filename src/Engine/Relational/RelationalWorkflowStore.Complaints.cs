namespace Mpp.Workflows.Engine.Relational;

/// <summary>Complaints outside sessions.</summary>
public abstract partial class RelationalWorkflowStore
{
    public Task<ComplaintRecord?> GetComplaintAsync(Guid id, CancellationToken cancellationToken) =>
        SingleOrDefaultAsync(
            new Sql($"SELECT {Rows.ComplaintColumns} FROM {T("complaints")} WHERE id = @id;").With("id", id), Rows.Complaint, cancellationToken);

    public Task<ComplaintRecord?> FindComplaintByNumberAsync(string number, CancellationToken cancellationToken) =>
        SingleOrDefaultAsync(
            new Sql($"SELECT {Rows.ComplaintColumns} FROM {T("complaints")} WHERE number = @number;").With("number", number),
            Rows.Complaint,
            cancellationToken);

    public Task<IReadOnlyList<ComplaintRecord>> ListComplaintsOfInstanceAsync(Guid instanceId, CancellationToken cancellationToken) =>
        ListAsync(
            new Sql($"SELECT {Rows.ComplaintColumns} FROM {T("complaints")} WHERE instance_id = @instance ORDER BY filed_at, number;")
                .With("instance", instanceId),
            Rows.Complaint,
            cancellationToken);

    public Task<IReadOnlyList<ComplaintRecord>> ListComplaintsForOfficeAsync(
        string office, string? status, int limit, CancellationToken cancellationToken)
    {
        // Open first, the most overdue on top (a complaint the calendar could not count yet goes last among them); then the
        // answered ones, latest first.
        var sql = new Sql(
            $"""
            SELECT {Rows.ComplaintColumns} FROM {T("complaints")}
            WHERE (office = @office OR (escalation_office = @office AND escalated_at IS NOT NULL))
              {(status is null ? string.Empty : "AND status = @status")}
            ORDER BY CASE WHEN status = @open THEN 0 ELSE 1 END,
                     CASE WHEN due_at IS NULL THEN 1 ELSE 0 END,
                     CASE WHEN status = @open THEN due_at END,
                     answered_at DESC, number
            LIMIT @limit;
            """)
            .With("office", office).With("open", ComplaintStatuses.Open).With("limit", limit);
        if (status is not null)
        {
            sql.With("status", status);
        }

        return ListAsync(sql, Rows.Complaint, cancellationToken);
    }

    public Task<IReadOnlyList<Guid>> ListOpenComplaintIdsAsync(CancellationToken cancellationToken) =>
        ListAsync(
            new Sql($"SELECT id FROM {T("complaints")} WHERE status = @open ORDER BY filed_at;").With("open", ComplaintStatuses.Open),
            r => Rows.Id(r, 0),
            cancellationToken);

    public Task<IReadOnlyList<ComplaintStatsRow>> ListComplaintStatsAsync(DateTimeOffset from, DateTimeOffset until, CancellationToken cancellationToken) =>
        ListAsync(
            new Sql(
                $"SELECT {Rows.ComplaintStatsColumns} FROM {T("complaints")} WHERE filed_at >= @from AND filed_at < @until ORDER BY office, filed_at;")
                .With("from", from).With("until", until),
            Rows.ReadComplaintStats,
            cancellationToken);

    public Task<IReadOnlyList<ComplaintEvent>> ListComplaintEventsAsync(Guid complaintId, CancellationToken cancellationToken) =>
        ListAsync(
            new Sql($"SELECT {Rows.ComplaintEventColumns} FROM {T("complaint_events")} WHERE complaint_id = @complaint ORDER BY sequence;")
                .With("complaint", complaintId),
            Rows.ReadComplaintEvent,
            cancellationToken);
}
