namespace HoeWerktMijnStad.Web.Features.Bookings;

/// <summary>The booking pages' texts and the workflow's refusal codes: BookingsText.resx (Dutch) and .en.resx.</summary>
public sealed class BookingsText;
