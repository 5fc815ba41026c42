namespace HoeWerktMijnStad.TestSupport;

/// <summary>A clock the test sets: the one fake we allow, at the true external seam of time.</summary>
public sealed class FixedClock(DateTimeOffset utcNow) : TimeProvider
{
    public DateTimeOffset UtcNow { get; set; } = utcNow;

    public override DateTimeOffset GetUtcNow() => UtcNow;

    /// <summary>11:00 UTC on the given day: midday in Amsterdam, summer or winter.</summary>
    public static FixedClock At(DateOnly day) =>
        new(new DateTimeOffset(day.ToDateTime(new TimeOnly(11, 0)), TimeSpan.Zero));
}
