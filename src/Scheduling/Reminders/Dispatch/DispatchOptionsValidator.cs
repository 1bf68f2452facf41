using Microsoft.Extensions.Options;

namespace QcdcBot.Scheduling.Reminders.Dispatch;

internal sealed class DispatchOptionsValidator : IValidateOptions<DispatchOptions>
{
    public ValidateOptionsResult Validate(string? name, DispatchOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (options.MaxAttempts < 1)
        {
            failures.Add("Dispatch:MaxAttempts must be at least 1.");
        }

        if (options.FirstRetryDelay <= TimeSpan.Zero || options.MaxRetryDelay < options.FirstRetryDelay)
        {
            failures.Add("Dispatch:FirstRetryDelay must be positive and not above Dispatch:MaxRetryDelay.");
        }

        if (options.BatchSize < 1 || options.PollInterval <= TimeSpan.Zero || options.ClaimLease <= TimeSpan.Zero)
        {
            failures.Add("Dispatch:BatchSize, PollInterval and ClaimLease must be positive.");
        }

        foreach (var (channel, limits) in new[] { ("Telegram", options.Telegram), ("Zalo", options.Zalo), ("Other", options.Other) })
        {
            if (limits.PerSecond < 1 || limits.PerChatPerSecond < 1 || limits.PerGroupPerMinute < 1)
            {
                failures.Add($"Dispatch:{channel} limits must all be at least 1.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
