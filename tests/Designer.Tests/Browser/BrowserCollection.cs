namespace Mpp.Workflows.Designer.Tests.Browser;

/// <summary>One host and one Chromium for all browser test classes; they run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserHost>
{
    public const string Name = "Browser";
}
