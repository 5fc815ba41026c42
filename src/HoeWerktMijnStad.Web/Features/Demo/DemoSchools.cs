using HoeWerktMijnStad.Data.Catalogue;

namespace HoeWerktMijnStad.Web.Features.Demo;

/// <summary>The fictional demo schools. "Vakcollege De Stadsmakers" (vmbo, Amsterdam Nieuw-West) is the school of
/// the demo teacher; keep its name.</summary>
internal static class DemoSchools
{
    public const string DemoTeacherSchool = "Vakcollege De Stadsmakers";

    private const string Ams = "Amsterdam";
    private const string VmboBk = "vmbo basis/kader, leerjaar 1-4";
    private const string VmboGt = "vmbo gemengde/theoretische leerweg, leerjaar 1-4";
    private const string Mavo = "vmbo-t (mavo), havo en vwo";
    private const string MboLevels = "mbo niveau 2-4";

    public static List<School> Create() =>
    [
        // Primary schools, groups 1-8.
        Po("Basisschool De Windroos", "Kamperfoelieweg 20", Ams, "Noord", 4.9230, 52.3950),
        Po("Basisschool Het Vlot", "Krijn Taconiskade 100", Ams, "IJburg", 5.0020, 52.3540),
        Po("Openbare Basisschool De Zonnewijzer", "Osdorpplein 300", Ams, "Nieuw-West", 4.8020, 52.3590),
        Po("Basisschool De Klimop", "Burgemeester Vening Meineszlaan 40", Ams, "Nieuw-West", 4.8180, 52.3760),
        Po("Basisschool De Bonte Kraai", "Bijlmerdreef 800", Ams, "Zuidoost", 4.9700, 52.3180),
        Po("Basisschool Het Zonnelied", "Gaasperdammerweg 20", Ams, "Zuidoost", 4.9880, 52.3000),
        Po("Basisschool De Watertoren", "Hoofdweg 300", Ams, "West", 4.8540, 52.3690),
        Po("Basisschool Het Kompas", "Linnaeusstraat 150", Ams, "Oost", 4.9300, 52.3590),
        Po("Basisschool De Grachtenkinderen", "Lindengracht 80", Ams, "Centrum", 4.8820, 52.3800),
        Po("Basisschool De Regenboog", "Rooseveltlaan 100", Ams, "Zuid", 4.8960, 52.3470),
        Po("Basisschool De Vuurtoren", "Westzijde 300", "Zaandam", "Zaandam", 4.8160, 52.4420),
        Po("Basisschool Het Molenwiekje", "Rosmolenstraat 80", "Zaandam", "Zaandam", 4.8250, 52.4400),
        Po("Basisschool De Polderpiraten", "Lindeplantsoen 30", "Almere", "Almere", 5.2300, 52.3760),
        Po("Basisschool De Ster", "Indigostraat 60", "Almere", "Almere", 5.2680, 52.3990),
        Po("Basisschool Het Duinpad", "Zijlweg 150", "Haarlem", "Haarlem", 4.6280, 52.3860),
        Po("Basisschool De Spaarnemeeuw", "Floris van Adrichemlaan 20", "Haarlem", "Haarlem", 4.6560, 52.3640),
        Po("Basisschool De Fietsbel", "Westelijk Halfrond 50", "Amstelveen", "Amstelveen", 4.8600, 52.2950),
        Po("Basisschool Het Groene Hart", "Ouddiemerlaan 140", "Diemen", "Diemen", 4.9630, 52.3400),
        Po("Basisschool De Tuimelaar", "Kruisweg 800", "Hoofddorp", "Hoofddorp", 4.6920, 52.3050),
        Po("Basisschool De Heikikker", "Soestdijkerstraatweg 60", "Hilversum", "Hilversum", 5.1700, 52.2200),
        Po("Basisschool Het Palet", "Huizerweg 40", "Bussum", "Bussum", 5.1580, 52.2760),
        Po("Basisschool Het Koggeschip", "Gorslaan 30", "Purmerend", "Purmerend", 4.9500, 52.5080),

        // Vmbo, and schools with vmbo-t, havo and vwo.
        Vmbo(DemoTeacherSchool, VmboBk, "Ookmeerweg 250", Ams, "Nieuw-West", 4.7950, 52.3640),
        Vmbo("Technisch College Noord", VmboBk, "Buikslotermeerplein 90", Ams, "Noord", 4.9400, 52.3950),
        Vmbo("Vmbo Het Havenlicht", VmboGt, "Bos en Lommerplein 50", Ams, "West", 4.8600, 52.3800),
        Vmbo("Vakcollege Zuidoost", VmboBk, "Karspeldreef 400", Ams, "Zuidoost", 4.9520, 52.3150),
        Vmbo("Vmbo De Zaanse Werkplaats", "vmbo basis/kader/gemengd, leerjaar 1-4", "Heijermansstraat 30", "Zaandam", "Zaandam", 4.8290, 52.4360),
        Vmbo("Vakcollege Almere Haven", VmboBk, "Sluiskade 60", "Almere", "Almere", 5.2160, 52.3360),
        Vmbo("Techniekschool Spaarnwoude", VmboBk, "Prinsen Bolwerk 40", "Haarlem", "Haarlem", 4.6650, 52.3900),
        Vmbo("Vmbo De Meerpoort", VmboGt, "Burgemeester van Stamplein 60", "Hoofddorp", "Hoofddorp", 4.6880, 52.2980),
        Vmbo("Vakcollege Waterland", VmboBk, "Nieuwe Gouw 30", "Purmerend", "Purmerend", 4.9460, 52.5020),
        Vmbo("Vmbo Het Gooise Ambacht", VmboBk, "Diependaalselaan 120", "Hilversum", "Hilversum", 5.1820, 52.2270),
        VmboHavo("Scholengemeenschap De Amstel", "Kruislaan 80", Ams, "Oost", 4.9400, 52.3520),
        VmboHavo("Scholengemeenschap Zuiderkwartier", "Beethovenstraat 150", Ams, "Zuid", 4.8770, 52.3420),
        VmboHavo("Scholengemeenschap Het IJland", "IJburglaan 900", Ams, "IJburg", 4.9990, 52.3570),
        VmboHavo("Lyceum en Mavo Amstelland", "Sportlaan 60", "Amstelveen", "Amstelveen", 4.8700, 52.3000),
        VmboHavo("Scholengemeenschap Diemerpoort", "Ouverture 20", "Diemen", "Diemen", 4.9700, 52.3390),
        VmboHavo("Stedelijk College Almere Poort", "Olympiakwartier 40", "Almere", "Almere", 5.1590, 52.3440),
        VmboHavo("Scholengemeenschap 't Gooi", "Vossiuslaan 20", "Bussum", "Bussum", 5.1620, 52.2720),

        // Mbo and hbo.
        Mbo("Mbo Vakcollege Techniek West", "Jan van Galenstraat 200", Ams, "West", 4.8420, 52.3760),
        Mbo("Mbo College Noord", "NDSM-plein 40", Ams, "Noord", 4.8950, 52.4005),
        Mbo("Mbo College Zaanstad Techniek", "Pascalstraat 20", "Zaandam", "Zaandam", 4.8350, 52.4420),
        Mbo("Mbo Techniek en Mobiliteit Almere", "Radioweg 40", "Almere", "Almere", 5.2210, 52.3690),
        Mbo("Mbo Bouw en Infra Haarlem", "Waarderweg 60", "Haarlem", "Haarlem", 4.6600, 52.3940),
        Mbo("Mbo Gooi Techniek", "Oude Amersfoortseweg 90", "Hilversum", "Hilversum", 5.1750, 52.2330),
        Hbo("Hogeschool voor Stad en Techniek", "Wibautstraat 150", Ams, "Oost", 4.9120, 52.3560),
        Hbo("Hogeschool Flevoland Techniek", "Stadhuisplein 40", "Almere", "Almere", 5.2190, 52.3730),
    ];

    private static School Po(string name, string address, string city, string district, double lon, double lat) =>
        New(name, SchoolType.Primary, [EducationLevel.Po], "groep 1-8", address, city, district, lon, lat);

    private static School Vmbo(string name, string detail, string address, string city, string district, double lon, double lat) =>
        New(name, SchoolType.Secondary, [EducationLevel.Vmbo], detail, address, city, district, lon, lat);

    private static School VmboHavo(string name, string address, string city, string district, double lon, double lat) =>
        New(name, SchoolType.Secondary, [EducationLevel.Vmbo, EducationLevel.HavoVwo], Mavo, address, city, district, lon, lat);

    private static School Mbo(string name, string address, string city, string district, double lon, double lat) =>
        New(name, SchoolType.Vocational, [EducationLevel.Mbo], MboLevels, address, city, district, lon, lat);

    private static School Hbo(string name, string address, string city, string district, double lon, double lat) =>
        New(name, SchoolType.HigherVocational, [EducationLevel.Hbo], "hbo bachelor, techniek", address, city, district, lon, lat);

    private static School New(
        string name, SchoolType type, List<EducationLevel> levels, string detail,
        string address, string city, string district, double lon, double lat) => new()
        {
            Name = name,
            Type = type,
            Levels = levels,
            LevelDetail = detail,
            Address = address,
            City = city,
            District = district,
            Location = DemoGeo.At(lon, lat),
        };
}
