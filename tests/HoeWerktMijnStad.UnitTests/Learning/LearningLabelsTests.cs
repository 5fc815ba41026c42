using HoeWerktMijnStad.Web.Features.Content;
using HoeWerktMijnStad.Web.Features.Learning;
using HoeWerktMijnStad.Web.Features.Learning.Admin;

namespace HoeWerktMijnStad.UnitTests.Learning;

public sealed class LearningLabelsTests
{
    [Fact]
    public void Learning_goals_are_one_a_line_without_the_list_marks_a_leader_types() =>
        Assert.Equal(["De leerling kan meten.", "De leerling kan uitleggen."],
            LearningLabels.Goals("- De leerling kan meten.\r\n\n  * De leerling kan uitleggen.  \n"));

    [Theory]
    [InlineData(5, 6, "groep 5 t/m 6")]
    [InlineData(3, 3, "groep 3")]
    [InlineData(null, null, "")]
    public void Groups_read_as_a_teacher_says_them(int? from, int? to, string expected) =>
        Assert.Equal(expected, LearningLabels.Groups(from, to));

    [Fact]
    public void Saving_a_published_item_keeps_its_first_publication_date_and_a_draft_has_none()
    {
        var first = new DateTimeOffset(2026, 9, 1, 8, 0, 0, TimeSpan.Zero);
        var now = first.AddMonths(2);

        Assert.Equal(first, EditorAction.PublishedAt(EditorAction.Publish, first, now));
        Assert.Equal(now, EditorAction.PublishedAt(EditorAction.Publish, null, now));
        Assert.Null(EditorAction.PublishedAt(EditorAction.Draft, first, now));
    }

    [Theory]
    [InlineData(null, "Water uit de duinen!", "water-uit-de-duinen")]
    [InlineData("  eigen-naam ", "Wat dan ook", "eigen-naam")]
    public void A_slug_is_the_typed_one_or_made_from_the_title(string? typed, string title, string expected) =>
        Assert.Equal(expected, EditorAction.SlugOf(typed, title));

    [Fact]
    public void A_video_step_needs_a_text_that_tells_what_happens_in_it()
    {
        var step = new TourStepInput { Title = "De monteur vertelt", Media = TourStepInput.Video, VideoUrl = "https://youtu.be/dQw4w9WgXcQ", TextMarkdown = " " };

        Assert.Equal([nameof(TourStepInput.TextMarkdown)], step.Check(hasPhoto: false).Select(e => e.Field));
    }
}
