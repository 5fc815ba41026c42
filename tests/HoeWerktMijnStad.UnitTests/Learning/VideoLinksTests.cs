using HoeWerktMijnStad.Web.Features.Learning;

namespace HoeWerktMijnStad.UnitTests.Learning;

public sealed class VideoLinksTests
{
    [Theory]
    [InlineData("https://www.youtube.com/watch?v=dQw4w9WgXcQ")]
    [InlineData("https://www.youtube.com/watch?feature=share&v=dQw4w9WgXcQ&t=42")]
    [InlineData("https://youtu.be/dQw4w9WgXcQ?si=abc")]
    [InlineData("https://m.youtube.com/watch?v=dQw4w9WgXcQ")]
    [InlineData("https://www.youtube.com/shorts/dQw4w9WgXcQ")]
    [InlineData("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ")]
    [InlineData("  dQw4w9WgXcQ  ")]
    public void The_video_id_comes_from_every_kind_of_link_a_leader_pastes(string pasted) =>
        Assert.Equal("dQw4w9WgXcQ", VideoLinks.IdFrom(pasted));

    [Theory]
    [InlineData("https://vimeo.com/123456789")]
    [InlineData("https://www.youtube.com.evil.example/watch?v=dQw4w9WgXcQ")]
    [InlineData("javascript:alert('dQw4w9WgXcQ')")]
    [InlineData("https://www.youtube.com/watch?v=kort")]
    [InlineData("https://www.youtube.com/watch?v=dQw4w9WgXcQ\"><script>")]
    [InlineData("")]
    [InlineData(null)]
    public void Anything_else_is_no_video(string? pasted) => Assert.Null(VideoLinks.IdFrom(pasted));

    [Fact]
    public void The_embed_comes_from_the_privacy_friendly_host() =>
        Assert.StartsWith("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?", VideoLinks.EmbedUrl("dQw4w9WgXcQ"), StringComparison.Ordinal);
}
