using QcdcBot.Scheduling.Digests;

namespace QcdcBot.Bot.Digest;

/// <summary>The numbers of a weekly digest, the previous weekly ones, and whether this one is already stored.</summary>
internal sealed record WeeklyNumbers(DigestSnapshot Now, DigestSnapshot? Previous, bool AlreadyStored);
