namespace QcdcBot.Storage.Web;

/// <summary>
/// A signed-in browser. <see cref="Person"/> is the chat identity (<c>telegram:123</c>) whose role decides what it may
/// see; <see cref="FormToken"/> is the anti-forgery value every form of this session must carry back.
/// </summary>
internal sealed record WebSession(long Id, string Person, string FormToken, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt);

internal enum SignInOutcome
{
    SignedIn,
    UnknownLink,
    AlreadyUsed,
    Expired,
}

/// <summary>What opening a sign-in link gave: on success the session and its secret token for the cookie.</summary>
internal sealed record SignInResult(SignInOutcome Outcome, WebSession? Session, string? SessionToken);
