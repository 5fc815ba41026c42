using System.ComponentModel.DataAnnotations;

namespace HoeWerktMijnStad.Web.Infrastructure.Input;

/// <summary>A partner's website: empty ("no website") or a full http(s) address, as the database's check
/// demands. <see cref="UrlAttribute"/> would refuse the empty field.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class WebsiteUrlAttribute() : RegularExpressionAttribute(@"^https?://[^\s/?#]+\.[^\s]+$")
{
    public override string FormatErrorMessage(string name) =>
        "Vul een volledig webadres in, beginnend met https://, bijvoorbeeld https://www.voorbeeld.nl";
}
