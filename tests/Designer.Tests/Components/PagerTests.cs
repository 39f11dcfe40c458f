using Bunit;
using Mpp.Workflows.Designer.Components.Work;

namespace Mpp.Workflows.Designer.Tests.Components;

/// <summary>The inbox's pager: an exact total, and a total where counting stopped (an office with thousands of open steps).</summary>
public sealed class PagerTests : BunitContext
{
    [Fact]
    public void ExactTotal_NamesThePages_AndStopsAtTheLast()
    {
        var pager = Render<Pager>(p => p.Add(x => x.Page, 2).Add(x => x.PageSize, 25).Add(x => x.Total, 50));

        Assert.Equal("Halaman 2 dari 2 (50 berkas)", pager.Find("[data-testid=page-status]").TextContent);
        Assert.True(pager.FindAll("button")[1].HasAttribute("disabled"));
    }

    [Fact]
    public void TotalWhereCountingStopped_SaysMoreThan_AndAlwaysOffersANextPage()
    {
        var pager = Render<Pager>(p => p.Add(x => x.Page, 40).Add(x => x.PageSize, 25).Add(x => x.Total, 1000).Add(x => x.TotalIsLowerBound, true));

        Assert.Equal("Halaman 40 (lebih dari 1000 berkas)", pager.Find("[data-testid=page-status]").TextContent);
        Assert.False(pager.FindAll("button")[1].HasAttribute("disabled"));
    }
}
