namespace QcdcBot.Storage.Units;

internal enum UnitKind
{
    DangBo,
    ChiBo,
    DoanThe,
}
