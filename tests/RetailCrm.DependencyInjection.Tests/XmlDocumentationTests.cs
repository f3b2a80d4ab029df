namespace RetailCrm.DependencyInjection.Tests;

using System.Xml.Linq;

/// <summary>
/// The XML documentation shipped with each package gives no member two summaries (a missing one is a
/// build error already): a doc block left
/// above the wrong member, or one on each part of a partial type, would merge into a tooltip that
/// describes something else.
/// </summary>
public sealed class XmlDocumentationTests
{
    [Theory]
    [InlineData("RetailCrm.Core")]
    [InlineData("RetailCrm.DependencyInjection")]
    [InlineData("RetailCrm.Testing")]
    public void No_member_of_a_package_has_two_summaries(string package)
    {
        var file = Path.Combine(AppContext.BaseDirectory, package + ".xml");
        Assert.True(File.Exists(file), $"{file} is not beside the tests: the package ships no XML documentation.");
        var members = XDocument.Load(file).Descendants("member").ToArray();

        var wrong = members
            .Where(m => m.Elements("summary").Count() > 1)
            .Select(m => $"{m.Attribute("name")?.Value}: {m.Elements("summary").Count()} summaries")
            .ToArray();

        Assert.NotEmpty(members);
        Assert.True(wrong.Length == 0, string.Join(Environment.NewLine, wrong));
    }
}
