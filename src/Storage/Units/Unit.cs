namespace QcdcBot.Storage.Units;

internal sealed record Unit(long Id, string Code, string Name, UnitKind Kind, IReadOnlyList<string> Tags)
{
    /// <summary>Đảng bộ and chi bộ are the grassroots party organizations ("chi, đảng bộ cơ sở").</summary>
    public bool IsGrassroots => Kind is UnitKind.DangBo or UnitKind.ChiBo;
}
