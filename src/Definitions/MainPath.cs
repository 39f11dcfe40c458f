using System.Collections.Immutable;
using Mpp.Workflows.Definitions.Catalog;
using Mpp.Workflows.Definitions.Catalog.Activities;

namespace Mpp.Workflows.Definitions;

/// <summary>
/// The route an application takes when everything goes right, as the service standard publishes it: from the start to an
/// <c>Elsa.End</c> whose result is <c>Approved</c>, taking at each step the first exit (in declared order: a task's outcomes as
/// listed, a decision's <c>True</c> before <c>False</c>, a switch's cases before <c>Default</c>) from which an approving end can
/// still be reached, never entering a return to the applicant (<c>Mpp.ApplicantRevision</c>) or a step already on the path.
/// A fork runs all its branches: each is followed the same way up to the join they meet, and the path goes on after it.
/// <see cref="Days"/> adds the task deadlines (<c>slaDays</c>) of the steps in sequence, and for a fork the longest of its
/// branches, since they run at the same time.
/// </summary>
/// <example>
/// SIP: start → check-completeness (1, <c>Lengkap</c>) → verify-file (1) → health-recommendation (6) → sign-permit (2) →
/// issue-permit → email-permit → end-approved: 10 working days.
/// </example>
public sealed class MainPath
{
    private MainPath(IReadOnlyList<MainPathStep> steps, int days)
    {
        Steps = steps;
        Days = days;
    }

    /// <summary>The steps in order: tasks, documents issued and mails (decisions, forks and joins are the path, not steps).</summary>
    public IReadOnlyList<MainPathStep> Steps { get; }

    /// <summary>The working days the steps' deadlines add up to (a fork counts its longest branch).</summary>
    public int Days { get; }

    /// <summary>The ids of every activity the path passes through, the steps and the decisions between them.</summary>
    public IReadOnlySet<string> ActivityIds { get; private init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>The connections the path follows, as (source activity, port).</summary>
    public IReadOnlySet<(string Activity, string Port)> Exits { get; private init; } = new HashSet<(string, string)>();

    /// <summary>The main path of <paramref name="flowchart"/>; null when no approving end can be reached from its start.</summary>
    public static MainPath? Find(Flowchart flowchart)
    {
        ArgumentNullException.ThrowIfNull(flowchart);
        var walker = new Walker(flowchart);
        foreach (var start in flowchart.Activities.Where(a => a.Type == ActivityTypes.Start))
        {
            if (walker.Walk(start.Id, [], inBranch: false) is { } segment)
            {
                return new MainPath(segment.Steps, segment.Days)
                {
                    ActivityIds = segment.Activities.ToHashSet(StringComparer.Ordinal),
                    Exits = segment.Exits.ToHashSet(),
                };
            }
        }

        return null;
    }

    private sealed record Segment(
        ImmutableList<MainPathStep> Steps, int Days, ImmutableList<string> Activities, ImmutableList<(string, string)> Exits, string? Join)
    {
        public static readonly Segment Empty = new([], 0, [], [], null);
    }

    private sealed class Walker(Flowchart flowchart)
    {
        /// <summary>
        /// The path from <paramref name="id"/> to an approving end, or in a fork's branch (<paramref name="inBranch"/>) to the
        /// join it meets; null when there is none.
        /// </summary>
        public Segment? Walk(string id, ImmutableHashSet<string> onPath, bool inBranch, string? fork = null)
        {
            if (flowchart.Find(id) is not { } node || onPath.Contains(id) || node.Type == ActivityTypes.ApplicantRevision)
            {
                return null;
            }

            if (node.Type == ActivityTypes.FlowJoin && inBranch)
            {
                return Segment.Empty with { Join = id };
            }

            if (node.Type == ActivityTypes.End)
            {
                return !inBranch && EndActivity.ReadResult(node) == EndActivity.Approved ? Segment.Empty with { Activities = [id] } : null;
            }

            onPath = onPath.Add(id);
            return node.Type == ActivityTypes.FlowFork ? Fork(node, onPath, inBranch, fork) : Step(node, onPath, inBranch, fork);
        }

        private Segment? Step(ActivityNode node, ImmutableHashSet<string> onPath, bool inBranch, string? fork)
        {
            foreach (var port in Ports(node))
            {
                foreach (var connection in flowchart.Outbound(node.Id, port))
                {
                    if (Walk(connection.Target.Activity, onPath, inBranch, fork) is not { } rest)
                    {
                        continue;
                    }

                    var isStep = node.Type is ActivityTypes.HumanTask or ActivityTypes.IssueDocument or ActivityTypes.SendEmail;
                    var days = node.Type == ActivityTypes.HumanTask ? Math.Max(0, HumanTaskActivity.ReadSpec(node).SlaDays ?? 0) : 0;
                    return rest with
                    {
                        Steps = isStep
                            ? rest.Steps.Insert(0, new MainPathStep(node, node.Type == ActivityTypes.HumanTask ? port : null, days, fork)
                            {
                                DaysAfter = inBranch ? null : rest.Days,
                            })
                            : rest.Steps,
                        Days = rest.Days + days,
                        Activities = rest.Activities.Insert(0, node.Id),
                        Exits = rest.Exits.Insert(0, (node.Id, port)),
                    };
                }
            }

            return null;
        }

        private Segment? Fork(ActivityNode node, ImmutableHashSet<string> onPath, bool inBranch, string? outerFork)
        {
            var branches = new List<Segment>();
            var exits = new List<(string, string)>();
            foreach (var port in Ports(node))
            {
                var branch = flowchart.Outbound(node.Id, port)
                    .Select(c => Walk(c.Target.Activity, onPath, inBranch: true, fork: node.Id))
                    .FirstOrDefault(s => s is { Join: not null });
                if (branch is null)
                {
                    return null;
                }

                branches.Add(branch);
                exits.Add((node.Id, port));
            }

            if (branches.Count == 0 || branches.Select(b => b.Join).Distinct(StringComparer.Ordinal).Count() != 1
                || flowchart.Find(branches[0].Join!) is not { } join)
            {
                return null;
            }

            var after = Step(join, onPath.Add(join.Id), inBranch, outerFork);
            if (after is null)
            {
                return null;
            }

            return after with
            {
                Steps = [.. branches.SelectMany(b => b.Steps), .. after.Steps],
                Days = branches.Max(b => b.Days) + after.Days,
                Activities = [node.Id, .. branches.SelectMany(b => b.Activities), .. after.Activities],
                Exits = [.. exits, .. branches.SelectMany(b => b.Exits), .. after.Exits],
            };
        }

        private static IReadOnlyList<string> Ports(ActivityNode node) =>
            ActivityCatalog.Default.Find(node.Type)?.GetOutboundPorts(node) ?? [];
    }
}
