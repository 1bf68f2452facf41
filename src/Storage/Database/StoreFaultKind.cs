namespace QcdcBot.Storage.Database;

/// <summary>Which store fault it is, for wording it to people; <see cref="StoreFault.Fatal"/> says what to do.</summary>
internal enum StoreFaultKind
{
    DiskFull,
    Locked,
    Io,
    ReadOnly,
    CannotOpen,
    Corrupt,
    SchemaTooNew,
}
