using System.ComponentModel.DataAnnotations;

namespace HoeWerktMijnStad.Web.Infrastructure;

/// <summary>Site:BaseUrl, the address links in mails point to.</summary>
public sealed class SiteOptions
{
    [Required, Url]
    public string BaseUrl { get; set; } = "http://127.0.0.1:5080";
}
