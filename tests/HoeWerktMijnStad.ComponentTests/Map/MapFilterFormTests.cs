using Bunit;
using HoeWerktMijnStad.Data.Catalogue;
using HoeWerktMijnStad.Web.Features.Map;

namespace HoeWerktMijnStad.ComponentTests.Map;

public sealed class MapFilterFormTests : BunitContext
{
    private static readonly SchoolOption[] Schools =
    [
        new(1, "Basisschool De Windroos", "Amsterdam"),
        new(2, "Vakcollege De Stadsmakers", "Amsterdam"),
    ];

    [Fact]
    public void The_form_is_a_plain_get_form_to_the_map_page()
    {
        var form = Render<MapFilterForm>(p => p.Add(c => c.Filter, new MapFilter()).Add(c => c.Schools, Schools)).Find("form");

        Assert.Equal("get", form.GetAttribute("method"));
        Assert.Equal("/kaart", form.GetAttribute("action"));
    }

    [Fact]
    public void The_current_filter_is_shown_as_the_selected_choices()
    {
        var filter = new MapFilter
        {
            Layers = MapLayers.Worksites | MapLayers.Schools,
            Theme = Theme.Energie,
            Activity = ActivityType.TechLabLesson,
            Level = EducationLevel.Po,
            Kind = PartnerKind.Education,
            SchoolId = 2,
            RadiusMeters = 2_000,
            Date = new DateOnly(2027, 3, 1),
        };

        var cut = Render<MapFilterForm>(p => p.Add(c => c.Filter, filter).Add(c => c.Schools, Schools));

        Assert.Equal("2", cut.Find("#f-school option[selected]").GetAttribute("value"));
        Assert.Equal("2000", cut.Find("#f-radius option[selected]").GetAttribute("value"));
        Assert.Equal("energie", cut.Find("#f-theme option[selected]").GetAttribute("value"));
        Assert.Equal("techlab-les", cut.Find("#f-activity option[selected]").GetAttribute("value"));
        Assert.Equal("po", cut.Find("#f-level option[selected]").GetAttribute("value"));
        Assert.Equal("onderwijs", cut.Find("#f-kind option[selected]").GetAttribute("value"));
        Assert.Equal("2027-03-01", cut.Find("#f-date").GetAttribute("value"));
        Assert.False(cut.Find("#f-layer-sites").HasAttribute("checked"));
        Assert.True(cut.Find("#f-layer-worksites").HasAttribute("checked"));
        Assert.True(cut.Find("#f-layer-schools").HasAttribute("checked"));
    }

    [Fact]
    public void Every_control_has_a_label()
    {
        var cut = Render<MapFilterForm>(p => p.Add(c => c.Filter, new MapFilter()).Add(c => c.Schools, Schools));

        foreach (var control in cut.FindAll("select, input:not([type=hidden])"))
        {
            Assert.NotNull(cut.Find($"label[for='{control.Id}']"));
        }
    }

    [Fact]
    public void A_point_chosen_on_the_map_travels_in_the_form_and_can_be_cleared()
    {
        var filter = new MapFilter { Near = new GeoPoint(4.9, 52.37), RadiusMeters = 1_000, Date = new DateOnly(2026, 11, 22) };

        var cut = Render<MapFilterForm>(p => p.Add(c => c.Filter, filter).Add(c => c.Schools, Schools));

        Assert.Equal("4.9,52.37", cut.Find("input[name=near]").GetAttribute("value"));
        Assert.DoesNotContain("near=", cut.Find("a[href*='/kaart?']").GetAttribute("href"), StringComparison.Ordinal);
    }

    [Fact]
    public void Errors_are_listed_and_their_fields_marked_invalid()
    {
        var cut = Render<MapFilterForm>(p => p
            .Add(c => c.Filter, new MapFilter())
            .Add(c => c.Schools, Schools)
            .Add(c => c.Errors, [new FilterError("theme", "Onbekende waarde 'water' voor theme.")]));

        Assert.Contains("Onbekende waarde 'water'", cut.Find("[role=alert]").TextContent, StringComparison.Ordinal);
        Assert.Equal("true", cut.Find("#f-theme").GetAttribute("aria-invalid"));
        Assert.False(cut.Find("#f-level").HasAttribute("aria-invalid"));
    }
}
