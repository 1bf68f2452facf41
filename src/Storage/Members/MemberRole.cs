namespace QcdcBot.Storage.Members;

internal enum MemberRole
{
    Secretary,
    Admin,
    Leader,
}
