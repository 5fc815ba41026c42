using System.Globalization;

namespace HoeWerktMijnStad.Web.Components.Shared;

/// <summary>The page address of each kind of place, used by the map API, the lists and the pages.</summary>
public static class PlaceUrls
{
    public static string Partner(string slug) => $"/partners/{slug}";

    public static string Worksite(int id) => string.Create(CultureInfo.InvariantCulture, $"/werkplekken/{id}");

    public static string School(int id) => string.Create(CultureInfo.InvariantCulture, $"/scholen/{id}");

    public static string Event(int id) => string.Create(CultureInfo.InvariantCulture, $"/agenda/{id}");

    public static string Trip(int id) => string.Create(CultureInfo.InvariantCulture, $"/techniek-is-een-feest/uitjes#uitje-{id}");
}
