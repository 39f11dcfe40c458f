namespace Mpp.Workflows.Engine.Relational;

/// <summary>Complaints outside sessions.</summary>
public abstract partial class RelationalWorkflowStore
{
    /// <summary><see cref="Rows.ComplaintColumns"/> of the complaint row <c>c</c>.</summary>
    private static readonly string ComplaintColumnsOfC = string.Join(", ", Rows.ComplaintColumns.Split(", ").Select(c => "c." + c));

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

    public Task<PagedResult<ComplaintRecord>> ListComplaintsForOfficeAsync(ComplaintQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var where = new SqlFilter()
            .And("(c.office = @office OR (c.escalation_office = @office AND c.escalated_at IS NOT NULL))", "office", query.Office)
            .And("c.status = @status", "status", query.Status)
            .And(
                $"""
                (lower(c.number) LIKE @search ESCAPE '\' OR lower(c.contact_name) LIKE @search ESCAPE '\'
                 OR lower(c.contact_email) LIKE @search ESCAPE '\' OR c.contact_phone LIKE @search ESCAPE '\'
                 OR EXISTS (SELECT 1 FROM {T("instances")} i WHERE i.id = c.instance_id AND lower(i.registration_number) LIKE @search ESCAPE '\'))
                """,
                "search",
                SearchPattern(query.Search));
        var count = where.Bind(new Sql($"SELECT count(*) FROM {T("complaints")} c {where};"));

        // Open first, the most overdue on top (a complaint the calendar could not count yet goes last among them); then the
        // answered ones, latest first; the number last, so pages neither repeat nor skip a complaint.
        var page = where.Bind(new Sql(
            $"""
            SELECT {ComplaintColumnsOfC} FROM {T("complaints")} c
            {where}
            ORDER BY CASE WHEN c.status = @open THEN 0 ELSE 1 END,
                     CASE WHEN c.due_at IS NULL THEN 1 ELSE 0 END,
                     CASE WHEN c.status = @open THEN c.due_at END,
                     c.answered_at DESC, c.number
            LIMIT @limit OFFSET @offset;
            """)).With("open", ComplaintStatuses.Open);
        return ReadPageAsync(count, page, query.Page, query.PageSize, Rows.Complaint, cancellationToken);
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
