using AngleSharp.Dom;
using Bunit;
using HoeWerktMijnStad.Data.Bookings;
using HoeWerktMijnStad.Data.Catalogue;
using HoeWerktMijnStad.Web.Features.Bookings;
using HoeWerktMijnStad.Web.Infrastructure.Time;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.DependencyInjection;

namespace HoeWerktMijnStad.ComponentTests.Bookings;

/// <summary>The application form as the teacher sees it after a refused submit: the refusals of
/// <see cref="ApplicationInput.Check"/> and of the form's attributes next to the fields they are about,
/// and what was typed still in the fields.</summary>
public sealed class ApplicationFormFieldsTests : BunitContext
{
    private static readonly DateTime Now = new(2026, 11, 23, 9, 0, 0);

    // the form shows the answer deadline, counted from now
    public ApplicationFormFieldsTests()
    {
        Services.AddSingleton<TimeProvider>(new NowClock());
        // the refusals are said in the site's words, from the feature's resources (Dutch: the UI culture is nl)
        Services.AddLocalization();
        System.Globalization.CultureInfo.CurrentUICulture = System.Globalization.CultureInfo.GetCultureInfo("nl");
    }

    private sealed class NowClock : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => AmsterdamTime.ToInstant(Now);
    }

    private static readonly BookableActivity Visit = new(
        7, 1, "Rondleiding warmtepompen", "Partner A", "partner-a", ActivityType.CompanyVisit, BookingMode.FixedSlots,
        MinGroupSize: 8, MaxGroupSize: 24, DurationMinutes: 90, Levels: [EducationLevel.Vmbo], Place: "Werkplaats");

    private static readonly BookableActivity OnRequest = Visit with { Mode = BookingMode.OnRequest };

    private static readonly FreeSlot[] Slots =
    [
        new(11, new DateTimeOffset(2026, 12, 2, 9, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 12, 2, 10, 30, 0, TimeSpan.Zero), 24, 1),
        new(12, new DateTimeOffset(2026, 12, 9, 9, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 12, 9, 10, 30, 0, TimeSpan.Zero), 24, 1),
    ];

    private static readonly ChecklistTemplateItem[] ConfirmItems =
    [
        new() { Id = 1, Side = ChecklistSide.School, Phase = ChecklistPhase.Before, Position = 1, Text = "De leerlingen kennen de veiligheidsregels.", ConfirmOnApply = true },
        new() { Id = 2, Side = ChecklistSide.School, Phase = ChecklistPhase.Before, Position = 2, Text = "Er gaan genoeg begeleiders mee.", ConfirmOnApply = true },
        new() { Id = 3, Side = ChecklistSide.School, Phase = ChecklistPhase.Before, Position = 3, Text = "De toestemming voor foto's is nagekeken.", ConfirmOnApply = true },
    ];

    /// <summary>A form that passes every rule; each test breaks one.</summary>
    private static ApplicationInput Filled() => new()
    {
        RequestKey = Guid.NewGuid(),
        SlotId = 12,
        Level = EducationLevel.Vmbo,
        ClassYear = 3,
        Pupils = 16,
        Adults = 2,
        LearningGoals = "Hoe werkt een warmtepomp?",
        SpecialNeeds = "Een leerling in een rolstoel.",
        Travel = TravelMode.Bike,
        DayPhone = "06 12345678",
        Confirmations = ConfirmItems.Select(i => new ApplicationInput.Confirmation { Id = i.Id, Checked = true }).ToList(),
    };

    /// <summary>The form after a submit, as the page shows it: the attributes checked, then the activity's rules.</summary>
    private IRenderedComponent<EditForm> Submitted(ApplicationInput input, BookableActivity activity)
    {
        var errors = input.Check(activity, ConfirmItems.Select(i => i.Id).ToList(), Now).ToList();
        var cut = Render<EditForm>(form => form
            .Add(f => f.Model, input)
            .Add<ApplicationFormFields, EditContext>(f => f.ChildContent, _ => fields => fields
                .Add(c => c.Input, input)
                .Add(c => c.Activity, activity)
                .Add(c => c.FreeSlots, Slots)
                .Add(c => c.ConfirmItems, ConfirmItems)
                .Add(c => c.Errors, errors)));
        cut.Find("form").Submit();
        return cut;
    }

    private static IElement Fieldset(IRenderedComponent<EditForm> cut, string legend) =>
        cut.FindAll("fieldset").Single(f => f.QuerySelector("legend")!.TextContent == legend);

    /// <summary>The message shown with a group of fields: a child of their fieldset or of their box.</summary>
    private static string MessageIn(IElement container) =>
        container.Children.Single(c => c.ClassList.Contains("validation-message")).TextContent;

    private static IEnumerable<string> FieldMessages(IRenderedComponent<EditForm> cut) =>
        cut.FindAll("div.validation-message").Select(m => m.TextContent);

    private static IEnumerable<string> Summary(IRenderedComponent<EditForm> cut) =>
        cut.FindAll("ul.form-errors li").Select(m => m.TextContent);

    /// <summary>What the teacher typed besides the field in error is still there.</summary>
    private static void AssertTypedValuesKept(IRenderedComponent<EditForm> cut)
    {
        Assert.Equal("3", cut.Find("#class-year").GetAttribute("value"));
        Assert.Equal("2", cut.Find("#class-adults").GetAttribute("value"));
        Assert.Equal("Hoe werkt een warmtepomp?", cut.Find("#goals").GetAttribute("value"));
        Assert.Equal("Een leerling in een rolstoel.", cut.Find("#needs").GetAttribute("value"));
        Assert.Equal("Bike", cut.Find("#travel").GetAttribute("value"));
    }

    [Fact]
    public void A_filled_in_form_shows_no_messages()
    {
        var cut = Submitted(Filled(), Visit);

        Assert.Empty(FieldMessages(cut));
        Assert.Empty(Summary(cut));
    }

    [Theory]
    [InlineData(30, "Deze activiteit is voor groepen van 8 tot 24 leerlingen. Komen jullie met meer, vraag dan twee bezoeken aan.")]
    [InlineData(5, "Deze activiteit is voor groepen van 8 tot 24 leerlingen. Kom met minstens 8 leerlingen, bijvoorbeeld samen met een andere klas.")]
    public void A_group_outside_the_activitys_limits_is_told_the_limits_next_to_the_number_of_pupils(int pupils, string message)
    {
        var input = Filled();
        input.Pupils = pupils;

        var cut = Submitted(input, Visit);

        var field = cut.Find("#class-pupils");
        Assert.Equal(message, MessageIn(field.ParentElement!));
        Assert.Equal("true", field.GetAttribute("aria-invalid"));
        Assert.Equal(pupils.ToString(System.Globalization.CultureInfo.InvariantCulture), field.GetAttribute("value"));
        Assert.Equal([message], FieldMessages(cut));
        Assert.Equal([message], Summary(cut));
        Assert.True(cut.Find("#slot-12").HasAttribute("checked"));
        Assert.Equal("06 12345678", cut.Find("#phone").GetAttribute("value"));
        AssertTypedValuesKept(cut);
    }

    [Fact]
    public void No_time_chosen_is_asked_for_under_the_times()
    {
        var input = Filled();
        input.SlotId = null;

        var cut = Submitted(input, Visit);

        Assert.Equal("Kies een van de tijden.", MessageIn(Fieldset(cut, "Wanneer")));
        Assert.Equal(["Kies een van de tijden."], FieldMessages(cut));
        Assert.All(cut.FindAll("input[type=radio]"), radio => Assert.False(radio.HasAttribute("checked")));
        Assert.Equal("16", cut.Find("#class-pupils").GetAttribute("value"));
        AssertTypedValuesKept(cut);
    }

    [Theory]
    [InlineData(null, null, "Stel minstens één datum en tijd voor.")]
    [InlineData("2026-11-20T10:00", "2026-12-10T10:00", "Stel data voor vanaf donderdag 26 november 2026, 09:00: de partner antwoordt uiterlijk twee werkdagen voor het bezoek en heeft daar minstens één werkdag voor nodig.")]
    [InlineData("2026-12-10T10:00", "2026-11-24T10:00", "Stel data voor vanaf donderdag 26 november 2026, 09:00: de partner antwoordt uiterlijk twee werkdagen voor het bezoek en heeft daar minstens één werkdag voor nodig.")]
    [InlineData("2026-12-10T10:00", "2028-01-10T10:00", "Een voorgestelde datum ligt hoogstens een jaar vooruit.")]
    public void Dates_proposed_for_an_activity_on_request_are_checked_and_kept(string? first, string? second, string message)
    {
        var input = Filled();
        input.SlotId = null;
        input.DateOption1 = first is null ? null : DateTime.Parse(first, System.Globalization.CultureInfo.InvariantCulture);
        input.DateOption2 = second is null ? null : DateTime.Parse(second, System.Globalization.CultureInfo.InvariantCulture);

        var cut = Submitted(input, OnRequest);

        Assert.Equal(message, MessageIn(Fieldset(cut, "Stel tot drie data en tijden voor")));
        Assert.Equal([message], FieldMessages(cut));
        Assert.Equal(first is null ? "" : $"{first}:00", cut.Find("#date-1").GetAttribute("value"));
        Assert.Equal(second is null ? "" : $"{second}:00", cut.Find("#date-2").GetAttribute("value"));
        AssertTypedValuesKept(cut);
    }

    [Fact]
    public void An_activity_on_request_takes_at_most_three_dates_and_offers_no_times()
    {
        var cut = Submitted(Filled(), OnRequest);

        Assert.Equal(["date-1", "date-2", "date-3"], cut.FindAll("input[type=datetime-local]").Select(i => i.Id));
        Assert.Empty(cut.FindAll("input[type=radio]"));
    }

    [Fact]
    public void A_checklist_item_left_unticked_is_asked_for_under_the_checklist_and_the_ticked_ones_stay_ticked()
    {
        var input = Filled();
        input.Confirmations[1].Checked = false;

        var cut = Submitted(input, Visit);

        var checklist = Fieldset(cut, "Checklist: dit regelt de school");
        Assert.Equal("Bevestig de punten van de checklist: ze horen bij een bezoek.", MessageIn(checklist));
        Assert.Equal(["Bevestig de punten van de checklist: ze horen bij een bezoek."], FieldMessages(cut));
        Assert.Equal(
            [("De leerlingen kennen de veiligheidsregels.", true), ("Er gaan genoeg begeleiders mee.", false), ("De toestemming voor foto's is nagekeken.", true)],
            checklist.QuerySelectorAll(".checkbox-row").Select(row => (row.QuerySelector("label")!.TextContent, row.QuerySelector("input[type=checkbox]")!.HasAttribute("checked"))));
        AssertTypedValuesKept(cut);
    }

    [Theory]
    [InlineData(null, "Vul een telefoonnummer in waarop het bedrijf jullie op de dag zelf bereikt.")]
    [InlineData("bel de school", "Vul een telefoonnummer in met alleen cijfers, spaties of streepjes, bijvoorbeeld 06 12345678.")]
    public void A_missing_or_unusable_day_phone_is_asked_for_next_to_the_phone_field(string? phone, string message)
    {
        var input = Filled();
        input.DayPhone = phone;

        var cut = Submitted(input, Visit);

        var field = cut.Find("#phone");
        Assert.Equal(message, field.NextElementSibling!.TextContent);
        Assert.Contains("validation-message", field.NextElementSibling.ClassList);
        Assert.Equal("true", field.GetAttribute("aria-invalid"));
        Assert.Equal(phone ?? "", field.GetAttribute("value") ?? "");
        Assert.Equal([message], FieldMessages(cut));
        Assert.Equal("16", cut.Find("#class-pupils").GetAttribute("value"));
        AssertTypedValuesKept(cut);
    }
}
