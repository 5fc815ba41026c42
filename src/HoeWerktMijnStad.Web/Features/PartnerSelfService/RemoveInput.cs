namespace HoeWerktMijnStad.Web.Features.PartnerSelfService;

/// <summary>The "remove this" form of the self-service pages: which partner, which row.</summary>
public sealed class RemoveInput
{
    public string PartnerSlug { get; set; } = "";

    public int Id { get; set; }
}
