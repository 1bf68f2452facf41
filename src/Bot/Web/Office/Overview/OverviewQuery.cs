using QcdcBot.Storage.Units;

namespace QcdcBot.Bot.Web.Office.Overview;

internal enum OverviewSort
{
    Name,
    State,
    DaysLate,
}

/// <summary>What the overview's filter form asked for: kind, state, a search that ignores diacritics, and the order.</summary>
internal sealed record OverviewQuery(UnitKind? Kind, StateFilter? State, string Search, OverviewSort Sort)
{
    public static OverviewQuery Everything { get; } = new(null, null, string.Empty, OverviewSort.Name);

    public static OverviewQuery Parse(string? kind, string? state, string? search, string? sort) => new(
        kind switch
        {
            "dang-bo" => UnitKind.DangBo,
            "chi-bo" => UnitKind.ChiBo,
            "doan-the" => UnitKind.DoanThe,
            _ => null,
        },
        StateFilter.Find(state),
        (search ?? string.Empty).Trim(),
        sort switch
        {
            "trang-thai" => OverviewSort.State,
            "tre" => OverviewSort.DaysLate,
            _ => OverviewSort.Name,
        });

    public static string KindValue(UnitKind kind) => kind switch
    {
        UnitKind.DangBo => "dang-bo",
        UnitKind.ChiBo => "chi-bo",
        _ => "doan-the",
    };

    public static string SortValue(OverviewSort sort) => sort switch
    {
        OverviewSort.State => "trang-thai",
        OverviewSort.DaysLate => "tre",
        _ => "ten",
    };
}
