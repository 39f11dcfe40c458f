using System.Diagnostics;
using Mpp.Workflows.Engine.Reading;
using Mpp.Workflows.Engine.Runtime;

namespace Mpp.Workflows.Bench;

/// <summary>
/// What staff and applicants read, timed one call after another through the product's own runtime, readers and board (the
/// calls the pages and endpoints make), against a primary-key lookup of one application row measured in the same run.
/// </summary>
internal sealed class HistoryMeasurements(IServiceProvider services, IReadOnlyList<OfficeRecord> offices, HistorySample sample, DateTimeOffset now)
{
    private const double ListTarget = 20, DetailTarget = 10, ReportTarget = 500;

    /// <summary>The later inbox page timed: rows 226–250 of an office's open steps.</summary>
    private const int LaterPage = 10;

    private readonly WorkflowRuntime _runtime = services.GetRequiredService<WorkflowRuntime>();
    private readonly IApplicationReader _applications = services.GetRequiredService<IApplicationReader>();
    private readonly IApplicationFileReader _files = services.GetRequiredService<IApplicationFileReader>();
    private readonly PerformanceBoard _board = services.GetRequiredService<PerformanceBoard>();
    private readonly List<HistoryResult> _results = [];

    public IReadOnlyList<HistoryResult> Results => _results;

    public async Task RunAsync()
    {
        var all = sample.Applications;
        var store = services.GetRequiredService<IWorkflowStore>();
        await MeasureAsync("baseline: application by primary key", 500, null, i => store.GetInstanceAsync(all[i % all.Count].Id, CancellationToken.None));

        foreach (var office in offices)
        {
            var actor = new Actor($"{office.Code.ToLowerInvariant()}.petugas1", office.Code, office.Roles);
            await MeasureAsync($"inbox {office.Code} page 1", 100, ListTarget,
                _ => _runtime.ListInboxAsync(actor, new InboxFilter(), CancellationToken.None));
            await MeasureAsync($"inbox {office.Code} page {LaterPage}", 100, ListTarget,
                _ => _runtime.ListInboxAsync(actor, new InboxFilter(Page: LaterPage), CancellationToken.None));
        }

        await SearchAsync(all);

        await MeasureAsync("application detail (page and API)", 300, DetailTarget, async i =>
        {
            var application = all[(i * 7) % all.Count];
            var staff = new Actor("petugas", application.Office, [StaffRoles.Reviewer]);
            await _runtime.GetApplicationAsync(application.Id, CancellationToken.None);
            await _runtime.CanSeeApplicationAsync(application.Id, staff, CancellationToken.None);
            await _files.ListDocumentsAsync(application.Id, CancellationToken.None);
            await _files.ListAttachmentsAsync(application.Id, CancellationToken.None);
        });

        await MeasureAsync("tracking page", 300, DetailTarget, async i =>
        {
            var application = all[(i * 11) % all.Count];
            await _runtime.TrackAsync(application.Number, application.Token, CancellationToken.None);
            var instance = await _applications.FindByRegistrationNumberAsync(application.Number, CancellationToken.None);
            await _files.ListDocumentsAsync(instance!.Id, CancellationToken.None);
            await _files.ListAttachmentsAsync(instance.Id, CancellationToken.None);
        });

        var month = new DateOnly(now.Year, now.Month, 1).AddMonths(-1);
        var period = new PerformancePeriod(month, month.AddMonths(1).AddDays(-1));
        foreach (var office in offices)
        {
            await MeasureAsync($"monthly report {office.Code} {month:yyyy-MM}", 5, ReportTarget,
                _ => _board.ReportAsync(period, PerformanceGrouping.Office, null, office.Code, CancellationToken.None));
        }
    }

    /// <summary>
    /// The staff search, first pages as the front office (which takes part in every file) and as an office in a quarter of the
    /// files (DLH, PBG reviews only), and the page after a first one.
    /// </summary>
    private async Task SearchAsync(IReadOnlyList<SampleApplication> all)
    {
        foreach (var office in new[] { "DPMPTSP", "DLH" })
        {
            var staff = new Actor($"{office.ToLowerInvariant()}.petugas1", office, [StaffRoles.Reviewer]);
            var files = office == "DPMPTSP" ? all : [.. all.Where(a => a.DefinitionId == "pbg")];
            Task<InstancePage> Search(InstanceQuery query) => _runtime.SearchApplicationsAsync(query, staff, CancellationToken.None);
            await MeasureAsync($"search {office} registration number", 200, ListTarget,
                i => Search(new InstanceQuery { RegistrationNumber = files[(i * 13) % files.Count].Number }));
            await MeasureAsync($"search {office} NIK", 200, ListTarget,
                i => Search(new InstanceQuery { ApplicantNik = files[(i * 17) % files.Count].Nik }));
            await MeasureAsync($"search {office} name prefix", 200, ListTarget,
                i => Search(new InstanceQuery { ApplicantNamePrefix = Prefix(files[(i * 19) % files.Count].Name) }));
            await MeasureAsync($"search {office} service + status", 100, ListTarget,
                i => Search(new InstanceQuery(Status: i % 2 == 0 ? ApplicationStatuses.Completed : ApplicationStatuses.InProgress,
                    DefinitionId: files[(i * 23) % files.Count].DefinitionId)));
            await MeasureAsync($"search {office} one month submitted", 100, ListTarget, i =>
            {
                var from = files[(i * 29) % files.Count].SubmittedAt;
                return Search(new InstanceQuery { SubmittedFrom = from, SubmittedBefore = from.AddMonths(1) });
            });
            var month = new InstanceQuery { SubmittedFrom = now.AddYears(-2), SubmittedBefore = now.AddYears(-2).AddMonths(1) };
            var next = (await Search(month)).Next;
            await MeasureAsync($"search {office} one month, next page", 100, ListTarget, _ => Search(month with { After = next }));
        }
    }

    /// <summary>Times <paramref name="count"/> calls after two untimed ones (connections opened, statements prepared).</summary>
    public async Task MeasureAsync(string name, int count, double? targetMs, Func<int, Task> call)
    {
        for (var i = 0; i < 2; i++)
        {
            await call(count + i);
        }

        var timings = new double[count];
        for (var i = 0; i < count; i++)
        {
            var watch = Stopwatch.StartNew();
            await call(i);
            timings[i] = watch.Elapsed.TotalMilliseconds;
        }

        Array.Sort(timings);
        _results.Add(new HistoryResult(name, count, Percentile(timings, 0.50), Percentile(timings, 0.99), targetMs));
    }

    public void Print()
    {
        var baseline = _results[0];
        Console.WriteLine();
        Console.WriteLine($"{"read",-44} {"n",5} {"p50 ms",8} {"p99 ms",8} {"p50/base",9} {"p99/base",9} {"target",8}  result");
        foreach (var r in _results)
        {
            var verdict = r.TargetMs is { } target ? (r.P99 <= target ? "PASS" : "MISS") : "baseline";
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{r.Name,-44} {r.Count,5} {r.P50,8:F2} {r.P99,8:F2} {r.P50 / baseline.P50,9:F1} {r.P99 / baseline.P99,9:F1} {(r.TargetMs is { } t ? $"≤{t:F0}" : ""),8}  {verdict}"));
        }
    }

    /// <summary>What staff type to find a name: its first four letters (fewer for a shorter name).</summary>
    private static string Prefix(string name) => name[..Math.Min(4, name.Length)];

    private static double Percentile(double[] sorted, double share) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(share * sorted.Length) - 1)];
}
