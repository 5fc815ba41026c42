namespace HoeWerktMijnStad.Web.Features.Campaign;

public static class CampaignLinks
{
    public const string Gallery = "/campagne";
    public const string Submit = "/campagne/insturen";
    public const string Admin = "/beheer/campagne";
    public const string Partner = "/partner/campagne";

    public static string Image(int designId) => $"/campagne/ontwerpen/{designId}/afbeelding";

    public static string Qr(string code) => $"/q/{code}";

    public static string StickerSvg(int vanId) => $"/partner/campagne/{vanId}/sticker.svg";

    public static string StickerPng(int vanId) => $"/partner/campagne/{vanId}/sticker.png";
}
