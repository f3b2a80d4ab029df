namespace RetailCrm.Tests;

using System.Text.RegularExpressions;
using RetailCrm.TestSupport;

/// <summary>
/// The core's namespaces depend on each other in one direction only: a module may use a namespace
/// below it (Primitives, Persistence), never one that uses the module back. Read from the sources,
/// so a cycle fails here before it settles in.
/// </summary>
public sealed partial class NamespaceTests
{
    [Fact]
    public void No_namespace_of_the_core_depends_on_a_namespace_that_depends_on_it()
    {
        var graph = Dependencies();

        var cycles = graph.Keys.Select(start => CycleFrom(start, graph)).OfType<string>().Distinct().ToArray();

        Assert.Contains("RetailCrm.Points", graph.Keys);
        Assert.Contains("RetailCrm.Persistence", graph["RetailCrm.Points"]);
        Assert.True(cycles.Length == 0, "Namespace cycles:" + Environment.NewLine + string.Join(Environment.NewLine, cycles));
    }

    [Fact]
    public void The_in_memory_stores_sit_in_their_own_namespace_and_no_module_imports_it()
    {
        var graph = Dependencies();

        Assert.Contains("RetailCrm.Persistence.InMemory", graph.Keys);
        Assert.DoesNotContain(graph, entry => entry.Key != "RetailCrm.Persistence.InMemory" && entry.Value.Contains("RetailCrm.Persistence.InMemory"));
    }

    // For each namespace of RetailCrm.Core, the RetailCrm namespaces its files import.
    private static Dictionary<string, HashSet<string>> Dependencies()
    {
        var graph = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var source = RepositoryFiles.PathOf("src", "RetailCrm.Core");
        foreach (var file in Directory.EnumerateFiles(source, "*.cs", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(source, file);
            if (relative.StartsWith("bin", StringComparison.Ordinal) || relative.StartsWith("obj", StringComparison.Ordinal))
            {
                continue;
            }

            var text = File.ReadAllText(file);
            if (NamespaceLine().Match(text) is not { Success: true } declared)
            {
                continue;
            }

            var name = declared.Groups[1].Value;
            var uses = graph.TryGetValue(name, out var known) ? known : graph[name] = new HashSet<string>(StringComparer.Ordinal);
            foreach (var used in UsingLine().Matches(text).Select(m => m.Groups[1].Value))
            {
                if (used != name)
                {
                    uses.Add(used);
                }
            }
        }

        return graph;
    }

    // A path back to start through the graph, as "A -> B -> A", or null when there is none.
    private static string? CycleFrom(string start, Dictionary<string, HashSet<string>> graph)
    {
        var path = new List<string> { start };
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return Walk(start);

        string? Walk(string node)
        {
            foreach (var next in graph.GetValueOrDefault(node, []).Order(StringComparer.Ordinal))
            {
                if (next == start)
                {
                    return string.Join(" -> ", path.Append(start));
                }

                if (graph.ContainsKey(next) && seen.Add(next))
                {
                    path.Add(next);
                    if (Walk(next) is { } cycle)
                    {
                        return cycle;
                    }

                    path.RemoveAt(path.Count - 1);
                }
            }

            return null;
        }
    }

    [GeneratedRegex(@"^namespace (RetailCrm[\w.]*);", RegexOptions.Multiline)]
    private static partial Regex NamespaceLine();

    [GeneratedRegex(@"^using (RetailCrm[\w.]*);", RegexOptions.Multiline)]
    private static partial Regex UsingLine();
}
