using System.Net;
using System.Text.RegularExpressions;
using HoeWerktMijnStad.Web.Features.Accounts.TwoFactor;

namespace HoeWerktMijnStad.TestSupport;

/// <summary>Fills in and posts a server-rendered form as a browser without JavaScript would: the hidden
/// fields (antiforgery token, Blazor's form name) come from the page, the cookies from the client.</summary>
/// <summary>A file as a browser would upload it: the name and type are what the sender claims.</summary>
public sealed record UploadFile(string FileName, byte[] Bytes, string ContentType = "image/jpeg");

public static partial class HtmlForms
{
    /// <param name="formName">A Blazor form's name, or the action of a plain form (as "/uitloggen").</param>
    public static async Task<(HttpResponseMessage Response, string Html)> PostFormAsync(
        this HttpClient client, string pageUrl, IReadOnlyDictionary<string, string> fields, string? formName = null,
        IReadOnlyDictionary<string, UploadFile>? files = null)
    {
        // a forged post starts from whatever page there is, even a refusal
        var page = await (await client.GetAsync(pageUrl)).Content.ReadAsStringAsync();
        // the page's own form (a Blazor form carries its name in _handler), not the header's log-out form
        var forms = FormPattern().Matches(page).Select(m => m.Value).ToList();
        var form = formName is null
            ? forms.FirstOrDefault(f => f.Contains("name=\"_handler\"", StringComparison.Ordinal)) ?? forms.First()
            : forms.FirstOrDefault(f => f.Contains($"value=\"{formName}\"", StringComparison.Ordinal) || f.Contains($"action=\"{formName}\"", StringComparison.Ordinal))
                ?? throw new InvalidOperationException($"No form {formName} on {pageUrl}: {Excerpt(page)}");
        var action = ActionPattern().Match(form) is { Success: true } a ? WebUtility.HtmlDecode(a.Groups[1].Value) : pageUrl;
        var values = HiddenPattern().Matches(form)
            .Select(m => (Name: WebUtility.HtmlDecode(m.Groups["name"].Value), Value: WebUtility.HtmlDecode(m.Groups["value"].Value)))
            .Where(h => !fields.ContainsKey(h.Name))
            .ToDictionary(h => h.Name, h => h.Value);
        foreach (var (name, value) in fields)
        {
            values[name] = value;
        }

        var response = await client.PostAsync(string.IsNullOrEmpty(action) ? pageUrl : action, Content(values, files));
        return (response, await response.Content.ReadAsStringAsync());
    }

    // what the page says instead, for the failure message
    private static string Excerpt(string page)
    {
        var main = Regex.Match(page, "<main.*", RegexOptions.Singleline).Value;
        return main[..Math.Min(1500, main.Length)];
    }

    /// <summary>A form body as a browser sends it: url-encoded, or multipart when it carries files.</summary>
    public static HttpContent Content(IEnumerable<KeyValuePair<string, string>> fields, IReadOnlyDictionary<string, UploadFile>? files = null)
    {
        if (files is null || files.Count == 0)
        {
            return new FormUrlEncodedContent(fields);
        }

        var content = new MultipartFormDataContent();
        foreach (var (name, value) in fields)
        {
            content.Add(new StringContent(value), name);
        }

        foreach (var (name, file) in files)
        {
            var part = new ByteArrayContent(file.Bytes);
            part.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(file.ContentType);
            content.Add(part, name, file.FileName);
        }

        return content;
    }

    /// <summary>Signs in through the login form, as a person would; when the site asks for the second step, with the
    /// code an authenticator app holding <paramref name="authenticatorKey"/> shows now.</summary>
    public static async Task<(HttpResponseMessage Response, string Html)> SignInAsync(
        this HttpClient client, string email, string password, string authenticatorKey = TestAuthenticator.Key)
    {
        var (response, html) = await client.PostFormAsync("/inloggen", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = password });
        // with redirects followed the client stands on the second-step page; without, the response points there
        var next = response.Headers.Location?.OriginalString ?? response.RequestMessage?.RequestUri?.PathAndQuery;
        if (next is null || !next.Contains(TwoFactorPaths.SecondStep, StringComparison.Ordinal))
        {
            return (response, html);
        }

        // (on Linux "/x" alone parses as an absolute file: URI, so test for the leading slash first)
        var secondStep = next.StartsWith('/') ? next : new Uri(next).PathAndQuery;
        return await client.PostFormAsync(secondStep, new Dictionary<string, string> { ["Code.Value"] = TestAuthenticator.Code(authenticatorKey) }, "tweede-stap");
    }

    [GeneratedRegex("<form[^>]*method=\"post\"[^>]*>.*?</form>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex FormPattern();

    [GeneratedRegex("<form[^>]*action=\"([^\"]*)\"", RegexOptions.IgnoreCase)]
    private static partial Regex ActionPattern();

    [GeneratedRegex("<input(?=[^>]*type=\"hidden\")(?=[^>]*name=\"(?<name>[^\"]*)\")(?=[^>]*value=\"(?<value>[^\"]*)\")[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex HiddenPattern();
}
