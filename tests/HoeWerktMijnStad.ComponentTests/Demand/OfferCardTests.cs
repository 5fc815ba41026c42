using Bunit;
using HoeWerktMijnStad.Data.Catalogue;
using HoeWerktMijnStad.Data.Demand;
using HoeWerktMijnStad.Web.Features.Demand;

namespace HoeWerktMijnStad.ComponentTests.Demand;

/// <summary>An offer as the teacher compares it with the others: partner, activity, place and distance, the dates
/// in Amsterdam time, and the partner's mark only once enough schools gave one.</summary>
public sealed class OfferCardTests : BunitContext
{
    private static OfferView Offer(double? distance, double? mark, int marks) => new(
        7, 3, "Warmtewerk Installaties", "warmtewerk-installaties", "Warmtepompen in de werkplaats", ActivityType.CompanyVisit, 120,
        "Kantoor en werkplaats Noord, Amsterdam", distance, [new DateTimeOffset(2027, 3, 10, 8, 30, 0, TimeSpan.Zero)], "Welkom!", DemandOfferState.Open,
        null, mark, marks, DateTimeOffset.UnixEpoch);

    [Fact]
    public void The_card_shows_partner_activity_distance_date_and_mark()
    {
        var cut = Render<OfferCard>(p => p.Add(c => c.Offer, Offer(8_400, 7.84, 5)));

        Assert.Equal("/partners/warmtewerk-installaties", cut.Find("h3 a").GetAttribute("href"));
        var facts = cut.FindAll("dd").Select(d => d.TextContent.Trim()).ToList();
        Assert.Equal("Warmtepompen in de werkplaats (Bedrijfsbezoek, 2 uur)", facts[0]);
        Assert.Equal("8,4 km", facts[2]);
        Assert.Equal("woensdag 10 maart 2027, 09:30", cut.Find("dd li").TextContent);
        Assert.Equal("7,8 (5 evaluaties)", facts[4]);
    }

    [Fact]
    public void A_guest_lesson_comes_to_school_and_a_mark_from_fewer_than_three_evaluations_is_not_shown()
    {
        var cut = Render<OfferCard>(p => p.Add(c => c.Offer, Offer(null, 10, 2)));

        var facts = cut.FindAll("dd").Select(d => d.TextContent.Trim()).ToList();
        Assert.Equal("komt naar school", facts[2]);
        Assert.Equal("nog te weinig evaluaties", facts[4]);
    }

    [Fact]
    public void Right_under_a_page_title_the_partner_is_a_second_level_heading()
    {
        var cut = Render<OfferCard>(p => p.Add(c => c.Offer, Offer(8_400, null, 0)).Add(c => c.HeadingLevel, 2));

        Assert.Equal("Warmtewerk Installaties", cut.Find("h2#offer-7").TextContent);
        Assert.Empty(cut.FindAll("h3"));
    }
}
