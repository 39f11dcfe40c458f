namespace Mpp.Workflows.Bench;

/// <summary>Applications picked while seeding (every 250th, and more of the running ones), for the measurements to look up.</summary>
internal sealed class HistorySample
{
    private readonly List<SampleApplication> _applications = [];

    public IReadOnlyList<SampleApplication> Applications => _applications;

    /// <summary>Adds one; the seeder's writers call it from their own threads.</summary>
    public void Add(SampleApplication application)
    {
        lock (_applications)
        {
            _applications.Add(application);
        }
    }
}
