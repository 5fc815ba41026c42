using HoeWerktMijnStad.TestSupport;
using HoeWerktMijnStad.Web.Features.Content;
using HoeWerktMijnStad.Web.Features.Learning.Admin;

namespace HoeWerktMijnStad.UnitTests.Learning;

public sealed class TourStepInputTests
{
    [Theory]
    [InlineData("hologram")]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("Foto")]
    public void A_step_shows_a_photo_or_a_video_and_nothing_else(string? media)
    {
        var input = new TourStepInput { Title = "In de werkplaats", Media = media, AltText = "Een werkbank", TextMarkdown = "Tekst" };

        var errors = input.Check(hasPhoto: true).ToList();

        var error = Assert.Single(errors);
        Assert.Equal(nameof(TourStepInput.Media), error.Field);
        Assert.Equal("Kies of deze stap een foto of een video laat zien.", SiteText.Say<ContentText>(error));
    }

    [Theory]
    [InlineData(TourStepInput.Photo, "")]
    [InlineData(TourStepInput.Video, "https://youtu.be/dQw4w9WgXcQ")]
    public void A_photo_or_a_video_passes(string media, string videoUrl)
    {
        var input = new TourStepInput { Title = "In de werkplaats", Media = media, AltText = "Een werkbank", TextMarkdown = "Tekst", VideoUrl = videoUrl };

        Assert.Empty(input.Check(hasPhoto: true));
    }
}
