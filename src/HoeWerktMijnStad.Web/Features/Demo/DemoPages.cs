using System.Text;
using HoeWerktMijnStad.Data.Catalogue;

namespace HoeWerktMijnStad.Web.Features.Demo;

/// <summary>Writes a demo partner's page in Markdown: its own intro and highlights, a "Wat je leert" text that
/// fits its kind, and where and whom it welcomes.</summary>
internal static class DemoPages
{
    public static string Compose(PartnerRow row, int index)
    {
        var page = new StringBuilder();
        page.Append(row.Intro).Append("\n\n## Wat je bij ons ziet\n\n");
        foreach (var item in row.Highlights.Split('|'))
        {
            page.Append("- ").Append(item).Append('\n');
        }

        page.Append("\n## Wat je leert\n\n").Append(Lesson(row.Kind, index)).Append("\n\n## Kom langs\n\n");
        page.Append("We ontvangen graag ").Append(Audience(DemoCodes.Levels(row.Levels)))
            .Append(row.Sites.Count == 1 ? ". Je vindt ons hier:\n\n" : ". Je vindt ons op deze plekken:\n\n");
        foreach (var site in row.Sites)
        {
            page.Append("- **").Append(site.Name).Append("**, ").Append(site.Address).Append(", ").Append(site.City).Append('\n');
        }

        page.Append("\nMeer weten? Kijk op [").Append(row.Slug).Append(".example.nl](https://").Append(row.Slug)
            .Append(".example.nl) of vraag hier op de site een bezoek aan.\n");
        return page.ToString();
    }

    private static string Audience(List<EducationLevel> levels)
    {
        var names = levels.Select(level => level switch
        {
            EducationLevel.Po => "basisschoolgroepen",
            EducationLevel.Vmbo => "vmbo-klassen",
            EducationLevel.HavoVwo => "havo- en vwo-klassen",
            EducationLevel.Mbo => "mbo-studenten",
            EducationLevel.Hbo => "hbo-studenten",
            _ => throw new ArgumentOutOfRangeException(nameof(levels), level, null),
        }).ToList();
        return names.Count == 1 ? names[0] : string.Join(", ", names.Take(names.Count - 1)) + " en " + names[^1];
    }

    private static string Lesson(PartnerKind kind, int index) => (kind, index % 2) switch
    {
        (PartnerKind.InstallationCompany, 0) =>
            "Installateurs zorgen dat een gebouw warm, koel, fris en veilig is. Je ontdekt hoe een warmtepomp warmte uit de lucht of de bodem haalt, waarom een huis eerst goed geïsoleerd moet zijn en hoe je met **meten en regelen** energie bespaart.",
        (PartnerKind.InstallationCompany, _) =>
            "Bij ons werken monteurs, tekenaars en engineers samen aan de **energietransitie**. Je ziet dat een installateur technicus, puzzelaar en adviseur tegelijk is, en je merkt dat je met je handen én je hoofd werkt. Misschien iets voor jou?",
        (PartnerKind.GridOperator, 0) =>
            "Het stroomnet is het drukste 'wegennet' van Nederland. Je leert waarom het net op sommige plekken vol zit (**netcongestie**), hoe een transformator de spanning omzet en waarom slim laden en opslaan in batterijen helpt.",
        (PartnerKind.GridOperator, _) =>
            "Zonder netbeheerders geen licht, geen laadpaal en geen warmtepomp. Je ontdekt hoe stroom van een windpark of zonnedak bij jou thuis komt, wat een **storingsmonteur** doet en waarom we de komende jaren duizenden vakmensen zoeken.",
        (PartnerKind.Utility, 0) =>
            "Water, warmte en afval lijken vanzelf te gaan, maar achter de kraan, de verwarming en de container werken honderden vakmensen. Je ziet hoe installaties **dag en nacht** draaien, hoe we ze op afstand bewaken en hoe we grondstoffen terugwinnen.",
        (PartnerKind.Utility, _) =>
            "Je leert hoe de **basisvoorzieningen** van de stad werken: waar het water vandaan komt, waar het heen gaat en hoe we daarbij zo min mogelijk energie en CO2 gebruiken. Ideaal om thuis verder over te praten.",
        (PartnerKind.Education, 0) =>
            "Bij ons leer je door te doen. In het lab werk je met echt gereedschap en echte installaties, begeleid door docenten uit het vak. Basisschoolleerlingen ontdekken techniek spelenderwijs, oudere leerlingen werken aan **opdrachten van bedrijven** uit de buurt.",
        (PartnerKind.Education, _) =>
            "Je werkt in kleine groepjes aan een **maakopdracht**: ontwerpen, bouwen, testen en verbeteren. Zo ontdek je welke techniek bij je past, van elektra en installaties tot bouwen en mobiliteit, en welke opleiding daarbij hoort.",
        (PartnerKind.Construction, 0) =>
            "Bouwen in een drukke stad vraagt om slim plannen. Je ziet hoe een bouwplaats is ingericht, hoe we veilig werken naast scholen en woningen, en hoe we bouwen met **minder CO2**: met hout, hergebruikt materiaal en elektrisch materieel.",
        (PartnerKind.Construction, _) =>
            "Op een bouwplaats werken timmerlieden, machinisten, uitvoerders en installateurs samen. Je ontdekt hoe een tekening een gebouw of straat wordt, waarom **veiligheid** altijd voorop staat en welke vakken je daarvoor kunt leren.",
        (_, 0) =>
            "Techniek zit overal in de stad, ook op plekken waar je het niet verwacht. Onze monteurs en engineers laten zien hoe hun werk de stad **bereikbaar, veilig en duurzaam** houdt, en welke opleidingen daarbij horen.",
        _ =>
            "Je kijkt mee met vakmensen die zorgen dat de stad blijft bewegen. Je leert hoe mechaniek, elektronica en software samenwerken, en waarom we steeds meer **elektrisch en op afstand** regelen.",
    };
}
