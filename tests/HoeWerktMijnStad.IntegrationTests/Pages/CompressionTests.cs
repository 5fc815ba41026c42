using System.IO.Compression;
using HoeWerktMijnStad.IntegrationTests.Map;

namespace HoeWerktMijnStad.IntegrationTests.Pages;

/// <summary>Issue 22 §2: pages, the map's GeoJSON and the static assets travel compressed when the browser accepts
/// it, and only pages with a map load the map's code.</summary>
public sealed class CompressionTests(MapFixture fixture) : IClassFixture<MapFixture>
{
    private readonly HttpClient _client = fixture.Factory.CreateClient();

    [Theory]
    [InlineData("br", "/kaart")]
    [InlineData("gzip", "/kaart")]
    [InlineData("br", "/api/map/features")]
    [InlineData("gzip", "/api/map/features")]
    public async Task A_page_and_the_map_api_arrive_compressed_and_unpack_to_the_same_answer(string encoding, string path)
    {
        var plain = await _client.GetByteArrayAsync(path);

        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.TryAddWithoutValidation("Accept-Encoding", encoding);
        using var response = await _client.SendAsync(request);
        var packed = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(encoding, Assert.Single(response.Content.Headers.ContentEncoding));
        Assert.Contains("Accept-Encoding", response.Headers.Vary);
        Assert.True(packed.Length < plain.Length, $"{path} as {encoding}: {packed.Length} of {plain.Length} bytes");
        Assert.Equal(Text(plain), Text(Unpack(encoding, packed)));
    }

    [Fact]
    public async Task Brotli_is_preferred_when_the_browser_accepts_both()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/kaart");
        request.Headers.TryAddWithoutValidation("Accept-Encoding", "gzip, deflate, br");
        using var response = await _client.SendAsync(request);

        Assert.Equal("br", Assert.Single(response.Content.Headers.ContentEncoding));
    }

    [Fact]
    public async Task A_browser_that_accepts_no_compression_gets_the_plain_answer()
    {
        using var response = await _client.GetAsync("/kaart");

        Assert.Empty(response.Content.Headers.ContentEncoding);
        Assert.Contains("<h1", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_site_stylesheet_is_served_precompressed_with_vary()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/assets/site.css");
        request.Headers.TryAddWithoutValidation("Accept-Encoding", "gzip");
        using var response = await _client.SendAsync(request);
        var packed = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal("gzip", Assert.Single(response.Content.Headers.ContentEncoding));
        Assert.Contains("Accept-Encoding", response.Headers.Vary);
        Assert.Contains("--hwms-", Text(Unpack("gzip", packed)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/kaart", true)]
    [InlineData("/partners/stroomnet", true)]
    [InlineData("/aanbod", false)]
    [InlineData("/inloggen", false)]
    public async Task Only_a_page_with_a_map_loads_the_map_code(string path, bool hasMap)
    {
        var html = await _client.GetStringAsync(path);

        Assert.Equal(hasMap, html.Contains("assets/map.", StringComparison.Ordinal));
        Assert.Equal(hasMap, html.Contains("<hwms-", StringComparison.Ordinal));
    }

    private static byte[] Unpack(string encoding, byte[] packed)
    {
        using var input = new MemoryStream(packed);
        using Stream unpacking = encoding == "br" ? new BrotliStream(input, CompressionMode.Decompress) : new GZipStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        unpacking.CopyTo(output);
        return output.ToArray();
    }

    private static string Text(byte[] bytes) => System.Text.Encoding.UTF8.GetString(bytes);
}
