namespace RetailCrm.Tests;

using System.Xml.Linq;
using RetailCrm.TestSupport;

/// <summary>The RetailCrm.Core package says what it holds: every module of the domain, not only the first one built.</summary>
public sealed class PackageDescriptionTests
{
    [Theory]
    [InlineData("Points", "points ledger")]
    [InlineData("Promotions", "promotion")]
    [InlineData("Membership", "membership tiers")]
    [InlineData("Segmentation", "segmentation")]
    [InlineData("Credit", "credit")]
    [InlineData("Service", "complaint")]
    public void The_core_package_description_names_each_module_of_the_domain(string module, string phrase)
    {
        Assert.True(Directory.Exists(RepositoryFiles.PathOf("src", "RetailCrm.Core", module)), $"RetailCrm.Core has no {module} folder.");
        var description = XDocument.Load(RepositoryFiles.PathOf("src", "RetailCrm.Core", "RetailCrm.Core.csproj")).Descendants("Description").Single().Value;

        Assert.Contains(phrase, description, StringComparison.OrdinalIgnoreCase);
    }
}
