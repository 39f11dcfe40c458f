namespace Mpp.Workflows.Designer.Tests.Browser;

/// <summary>
/// The designer tests publish new versions of the shipped routes, so they get a host of their own; they run alone (not in
/// parallel with the other browser tests) to keep the two Chromium instances from competing for the machine's cores.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class DesignerBrowserCollection : ICollectionFixture<BrowserHost>
{
    public const string Name = "Browser designer";
}
