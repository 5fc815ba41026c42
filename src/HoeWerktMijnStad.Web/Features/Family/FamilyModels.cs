using HoeWerktMijnStad.Data.Family;

namespace HoeWerktMijnStad.Web.Features.Family;

/// <summary>A conversation topic about one of the house's utilities: questions to talk about at home and a
/// "find it in your house" task, linked to experiments, videos and trips of the same utility.</summary>
public sealed record Topic(
    string Slug,
    Utility Utility,
    string Title,
    string Intro,
    IReadOnlyList<string> Questions,
    string FindIt,
    string FindItHint);

/// <summary>An experiment to do at home (a <i>proefje</i>).</summary>
public sealed record Experiment(
    string Slug,
    Utility Utility,
    string Title,
    string Intro,
    int MinAge,
    int MaxAge,
    int Minutes,
    IReadOnlyList<string> Materials,
    IReadOnlyList<string> Steps,
    string Safety,
    string WhatYouLearn);

/// <summary>A place families already go, with what to look for there.</summary>
public sealed record FamilyPlace(string Name, string Url, string Tip);
