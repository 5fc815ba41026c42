using HoeWerktMijnStad.Data.Family;
using HoeWerktMijnStad.Web.Features.Family;

namespace HoeWerktMijnStad.UnitTests.Family;

public sealed class FamilyContentTests
{
    [Fact]
    public void Every_utility_has_a_topic_with_questions_and_a_find_it_task()
    {
        Assert.Equal(Enum.GetValues<Utility>().Order(), Topics.All.Select(t => t.Utility).Order());
        Assert.All(Topics.All, t =>
        {
            Assert.True(t.Questions.Count >= 3, t.Slug);
            Assert.False(string.IsNullOrWhiteSpace(t.FindItHint), t.Slug);
        });
        Assert.Equal(Topics.All.Count, Topics.All.Select(t => t.Slug).Distinct().Count());
    }

    [Fact]
    public void Every_experiment_is_complete_enough_to_do_at_home()
    {
        Assert.True(Experiments.All.Count >= 10);
        Assert.Equal(Experiments.All.Count, Experiments.All.Select(e => e.Slug).Distinct().Count());
        Assert.All(Experiments.All, e =>
        {
            Assert.InRange(e.MinAge, 4, e.MaxAge);
            Assert.InRange(e.MaxAge, e.MinAge, 16);
            Assert.InRange(e.Minutes, 5, 120);
            Assert.NotEmpty(e.Materials);
            Assert.True(e.Steps.Count >= 3, e.Slug);
            Assert.False(string.IsNullOrWhiteSpace(e.Safety), e.Slug);
            Assert.False(string.IsNullOrWhiteSpace(e.WhatYouLearn), e.Slug);
        });
    }

    [Fact]
    public void The_shipped_trips_are_real_places_in_the_region_with_a_website()
    {
        Assert.True(Trips.All.Length >= 8);
        Assert.Equal(Trips.All.Length, Trips.All.Select(t => t.Slug).Distinct().Count());
        Assert.All(Trips.All, t =>
        {
            // the Amsterdam region: from the coast to the east of the city
            Assert.InRange(t.Location.X, 4.5, 5.1);
            Assert.InRange(t.Location.Y, 52.2, 52.5);
            Assert.StartsWith("https://", t.Url, StringComparison.Ordinal);
        });
    }

    [Theory]
    [InlineData(20, "20 minuten")]
    [InlineData(60, "1 uur")]
    [InlineData(90, "1 uur 30 minuten")]
    public void Times_read_as_people_say_them(int minutes, string text) => Assert.Equal(text, FamilyLibrary.Minutes(minutes));
}
