namespace HoeWerktMijnStad.Web.Features.Agenda;

/// <summary>The agenda's refusal codes and flashed sentences: AgendaText.resx (Dutch) and .en.resx.</summary>
public sealed class AgendaText;
