namespace RetailCrm.DependencyInjection.Tests;

using Microsoft.Extensions.DependencyInjection;
using RetailCrm.DependencyInjection;
using RetailCrm.TestSupport;

/// <summary>The registration table of docs/getting-started.md says what <c>AddRetailCrm</c> really does.</summary>
public sealed class RegistrationDocsTests
{
    private const string TableHeader = "| Service | Lifetime | Registered as | If you registered one before |";

    [Fact]
    public void The_getting_started_table_lists_every_registered_service_with_its_lifetime()
    {
        var documented = DocumentedRegistrations().ToDictionary(r => r.Service, r => r.Lifetime);
        var registered = new ServiceCollection().AddRetailCrm().ToDictionary(d => ShortName(d.ServiceType), d => d.Lifetime.ToString().ToLowerInvariant());

        Assert.Equal(registered.OrderBy(r => r.Key, StringComparer.Ordinal), documented.OrderBy(r => r.Key, StringComparer.Ordinal));
    }

    [Fact]
    public void The_getting_started_table_says_which_earlier_registrations_are_kept_and_which_are_replaced()
    {
        var types = new ServiceCollection().AddRetailCrm().ToDictionary(d => ShortName(d.ServiceType), d => d.ServiceType);
        foreach (var (service, _, behaviour) in DocumentedRegistrations())
        {
            var earlier = ServiceDescriptor.Singleton(types[service], _ => throw new InvalidOperationException("never resolved"));
            IServiceCollection services = new ServiceCollection();
            services.Add(earlier);

            services.AddRetailCrm();

            var kept = services.Contains(earlier);
            Assert.True(behaviour.StartsWith(kept ? "kept" : "replaced", StringComparison.Ordinal), $"{service}: the docs say '{behaviour}', but an earlier registration is {(kept ? "kept" : "replaced")}.");
        }
    }

    private static string ShortName(Type type) => type.Namespace == "NodaTime" ? $"NodaTime.{type.Name}" : type.Name;

    private static IEnumerable<(string Service, string Lifetime, string Behaviour)> DocumentedRegistrations()
    {
        var lines = File.ReadAllLines(RepositoryFiles.PathOf("docs", "getting-started.md"));
        var header = Array.IndexOf(lines, TableHeader);
        Assert.True(header >= 0, $"docs/getting-started.md has no table headed '{TableHeader}'.");
        foreach (var line in lines.Skip(header + 2).TakeWhile(l => l.StartsWith('|')))
        {
            var cells = line.Split('|', StringSplitOptions.TrimEntries);
            yield return (cells[1].Trim('`'), cells[2], cells[4]);
        }
    }
}
