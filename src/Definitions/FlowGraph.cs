using Mpp.Workflows.Definitions.Catalog;

namespace Mpp.Workflows.Definitions;

/// <summary>The flowchart indexed for the checks: activity positions by id, types, ports and successors.</summary>
internal sealed class FlowGraph
{
    private readonly Dictionary<string, int> _indexById = new(StringComparer.Ordinal);
    private readonly IActivityType?[] _types;
    private readonly IReadOnlyList<string>[] _ports;
    private readonly List<int>[] _successors;

    public FlowGraph(Flowchart flowchart, ActivityCatalog catalog)
    {
        Activities = flowchart.Activities;
        Connections = flowchart.Connections;
        _types = new IActivityType?[Activities.Count];
        _ports = new IReadOnlyList<string>[Activities.Count];
        _successors = new List<int>[Activities.Count];
        for (var i = 0; i < Activities.Count; i++)
        {
            _indexById.TryAdd(Activities[i].Id, i);
            _types[i] = catalog.Find(Activities[i].Type);
            _ports[i] = _types[i]?.GetOutboundPorts(Activities[i]) ?? [];
            _successors[i] = [];
        }

        foreach (var connection in Connections)
        {
            if (IndexOf(connection.Source.Activity) is { } source && IndexOf(connection.Target.Activity) is { } target
                && !_successors[source].Contains(target))
            {
                _successors[source].Add(target);
            }
        }
    }

    public IReadOnlyList<ActivityNode> Activities { get; }

    public IReadOnlyList<Connection> Connections { get; }

    /// <summary>Position of the first activity with this id (connections resolve to it, as <see cref="Flowchart.Find"/> does).</summary>
    public int? IndexOf(string id) => _indexById.TryGetValue(id, out var index) ? index : null;

    public IActivityType? TypeOf(int index) => _types[index];

    public IReadOnlyList<string> PortsOf(int index) => _ports[index];

    public IReadOnlyList<int> Successors(int index) => _successors[index];

    /// <summary>Tarjan's algorithm, iterative so that a long flowchart cannot overflow the stack.</summary>
    public List<List<int>> StronglyConnectedComponents(Func<int, bool> included)
    {
        var count = Activities.Count;
        var index = new int[count];
        var low = new int[count];
        var onStack = new bool[count];
        Array.Fill(index, -1);
        var stack = new Stack<int>();
        var components = new List<List<int>>();
        var next = 0;

        for (var root = 0; root < count; root++)
        {
            if (!included(root) || index[root] >= 0)
            {
                continue;
            }

            var work = new Stack<(int Node, IEnumerator<int> Successors)>();
            void Enter(int node)
            {
                index[node] = low[node] = next++;
                stack.Push(node);
                onStack[node] = true;
                work.Push((node, Successors(node).Where(included).GetEnumerator()));
            }

            Enter(root);
            while (work.Count > 0)
            {
                var (node, successors) = work.Peek();
                if (successors.MoveNext())
                {
                    var successor = successors.Current;
                    if (index[successor] < 0)
                    {
                        Enter(successor);
                    }
                    else if (onStack[successor])
                    {
                        low[node] = Math.Min(low[node], index[successor]);
                    }

                    continue;
                }

                successors.Dispose();
                work.Pop();
                if (work.Count > 0)
                {
                    var parent = work.Peek().Node;
                    low[parent] = Math.Min(low[parent], low[node]);
                }

                if (low[node] == index[node])
                {
                    var component = new List<int>();
                    int member;
                    do
                    {
                        member = stack.Pop();
                        onStack[member] = false;
                        component.Add(member);
                    }
                    while (member != node);
                    components.Add(component);
                }
            }
        }

        return components;
    }
}
