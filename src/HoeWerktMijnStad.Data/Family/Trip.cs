using NetTopologySuite.Geometries;

namespace HoeWerktMijnStad.Data.Family;

/// <summary>The basic utilities of a house, the thread through the family corner.</summary>
public enum Utility
{
    DrinkingWater,
    Sewage,
    Electricity,
    Heat,
    Waste,
    Internet,
}

/// <summary>A public place a family can visit to see how the city's utilities and technology work: its own layer
/// on the map (<c>layer=trips</c>). Real places, shipped with the site (seeded by the migration), not demo data.</summary>
public sealed class Trip
{
    public int Id { get; set; }
    public required string Slug { get; set; }
    public required string Name { get; set; }
    public Utility Utility { get; set; }

    /// <summary>What kind of place, in a few words ("rioolwaterzuivering", "museum").</summary>
    public required string Kind { get; set; }
    public required string Address { get; set; }
    public required string City { get; set; }
    public required Point Location { get; set; }

    /// <summary>What a family sees and does there.</summary>
    public required string WhatToExpect { get; set; }

    /// <summary>Who it suits and how to go (opening days, booking ahead).</summary>
    public required string Practical { get; set; }
    public required string Url { get; set; }
}
