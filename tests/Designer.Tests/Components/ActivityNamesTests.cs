using System.Globalization;
using Mpp.Workflows.Definitions.Catalog;
using Mpp.Workflows.Designer.Localization;

namespace Mpp.Workflows.Designer.Tests.Components;

/// <summary>The canvas names a step's kind as the palette does, and no two kinds share a name (in either language).</summary>
public sealed class ActivityNamesTests
{
    [Fact]
    public void EveryKind_ReadsInIndonesianAsItsPaletteItem_AndNoTwoKindsShareAName()
    {
        var culture = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("id-ID");
            foreach (var descriptor in ActivityCatalog.Default.Descriptors)
            {
                Assert.Equal(descriptor.DisplayName, Glossary.ActivityType(descriptor.Type));
            }

            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en-US");
            var english = ActivityCatalog.Default.Descriptors.Select(d => Glossary.ActivityType(d.Type)).ToList();
            Assert.Equal(english.Count, english.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        }
        finally
        {
            CultureInfo.CurrentUICulture = culture;
        }
    }
}
