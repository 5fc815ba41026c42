namespace HoeWerktMijnStad.Web.Features.Demo;

/// <summary>Best practices: stories of good visits, written by the programme leader. Schools and partners are
/// the fictional demo ones; no person is named.</summary>
internal static partial class DemoLearning
{
    private static PracticeRow[] Practices() =>
    [
        new("zonneautos-in-het-techlab", "Groep 7 in het TechLab: zonneauto's op de binnenplaats", "techlab-noord",
            "Basisschool De Windroos bouwde zonneauto's in TechLab Noord, met vmbo-leerlingen als begeleiders. Wat maakte het een succes?",
            "## Het bezoek\n\nGroep 7 van Basisschool De Windroos kwam een ochtend naar **TechLab Noord**. In teams van drie bouwden ze een zonneauto, begeleid door vmbo-leerlingen uit leerjaar 3.\n\n## Wat goed ging\n\n- De vmbo-leerlingen legden alles uit in hun eigen woorden: de kinderen durfden veel te vragen.\n- Elk team had een eigen werkplek met al het materiaal klaar.\n- De race op de binnenplaats was een feestelijk einde.\n\n## Tips voor een volgend bezoek\n\n1. Bereid de klas voor met de activiteit *Een zonneauto bouwen* uit de leerlijn.\n2. Plan een reservedag voor als het bewolkt is (of zorg voor bouwlampen).\n3. Laat de kinderen thuis vertellen wat ze bouwden: de ouders kwamen de week erna kijken."),
        new("zelf-een-leiding-persen", "Vmbo 3 bij Warmtewerk: zelf een leiding persen", "warmtewerk-installaties",
            "Een klas van Vakcollege De Stadsmakers mocht in de werkplaats van Warmtewerk Installaties zelf aan de slag. Met kleine groepjes en een echte opdracht.",
            "## Het bezoek\n\nEen klas uit vmbo 3 van **Vakcollege De Stadsmakers** bezocht de werkplaats van **Warmtewerk Installaties** in Amsterdam-Noord. In groepjes van vier draaiden de leerlingen langs drie posten: een warmtepomp uit elkaar, leidingen persen en een warmtecamera.\n\n## Wat goed ging\n\n- Kleine groepjes, elk met een eigen monteur: niemand stond te wachten.\n- Leerlingen maakten iets dat ze mee naar huis namen (een geperst stuk leiding met hun naam).\n- Een leerling-monteur van 19 vertelde over zijn bbl-opleiding. Dat maakte veel indruk.\n\n## Wat nog beter kan\n\n- De veiligheidsschoenen waren niet voor iedereen in de goede maat: geef de maten vooraf door via de checklist.\n\n## Tips\n\nGebruik de lesbrief *Hoe werkt een warmtepomp?* een week voor het bezoek."),
        new("kademuur-werkplekbezoek", "Een werkplekbezoek aan de kademuur", "gww-amstelgrond",
            "Mbo-studenten Infra keken mee bij het herstel van een kademuur. Zo laat je een bouwplaats in de stad veilig zien.",
            "## Het bezoek\n\nStudenten Infratechniek (mbo niveau 3) bezochten de werkplaats van **GWW Amstelgrond** aan een gracht, waar een oude kademuur wordt vernieuwd.\n\n## Wat goed ging\n\n- Een veiligheidsinstructie van tien minuten voor iedereen naar binnen ging, met helm en hesje.\n- De uitvoerder liet de tekeningen zien en daarna precies die plek in het echt.\n- De studenten mochten de landmeter helpen met meten.\n\n## Tips voor een volgend bezoek\n\n1. Kies een moment waarop er iets te zien is (heien of storten): vraag het de uitvoerder.\n2. Houd de groep klein: maximaal twaalf studenten per begeleider.\n3. Sluit af met de vraag: welk beroep zag je vandaag, en welk wil jij?"),
    ];
}
