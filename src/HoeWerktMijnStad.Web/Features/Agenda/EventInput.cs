using System.ComponentModel.DataAnnotations;
using HoeWerktMijnStad.Data.Agenda;

namespace HoeWerktMijnStad.Web.Features.Agenda;

/// <summary>What a partner or the programme leader fills in to publish an event.</summary>
public sealed class EventInput
{
    [Required(ErrorMessage = "Geef het evenement een titel.")]
    [StringLength(120, ErrorMessage = "Een titel is hoogstens 120 tekens.")]
    public string? Title { get; set; }

    [Required(ErrorMessage = "Vertel kort wat er gebeurt en voor wie het is.")]
    [StringLength(2000, ErrorMessage = "De omschrijving is hoogstens 2000 tekens.")]
    public string? Description { get; set; }

    [Required(ErrorMessage = "Kies wat voor evenement het is.")]
    public EventType? Type { get; set; }

    [Required(ErrorMessage = "Kies voor wie het is.")]
    public EventAudience? Audience { get; set; }

    /// <summary>The hosting partner; empty for an event of the network itself (the programme leader only).</summary>
    public int? PartnerId { get; set; }

    [Required(ErrorMessage = "Kies de datum.")]
    public DateOnly? Date { get; set; }

    [Required(ErrorMessage = "Vul de begintijd in.")]
    public TimeOnly? StartTime { get; set; }

    [Required(ErrorMessage = "Vul de eindtijd in.")]
    public TimeOnly? EndTime { get; set; }

    /// <summary>"site:12" or "school:3": a place on the map; empty for an event that is only online.</summary>
    [StringLength(30, ErrorMessage = "Kies een plek uit de lijst.")]
    public string? Place { get; set; }

    [StringLength(500, ErrorMessage = "Een link is hoogstens 500 tekens.")]
    public string? OnlineLink { get; set; }

    [Required(ErrorMessage = "Hoeveel mensen kunnen meedoen?")]
    [Range(1, 1000, ErrorMessage = "Vul een aantal plaatsen in van 1 tot 1000.")]
    public int? Capacity { get; set; }
}

/// <summary>Why the publisher calls an event off: mailed to everyone signed up.</summary>
public sealed class CancelEventInput
{
    [Required(ErrorMessage = "Schrijf kort waarom het evenement niet doorgaat.")]
    [StringLength(500, ErrorMessage = "De reden is hoogstens 500 tekens.")]
    public string? Reason { get; set; }
}
