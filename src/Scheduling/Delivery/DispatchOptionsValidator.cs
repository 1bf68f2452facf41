using Microsoft.Extensions.Options;

namespace QcdcBot.Scheduling.Delivery;

internal sealed class DispatchOptionsValidator : IValidateOptions<DispatchOptions>
{
    public ValidateOptionsResult Validate(string? name, DispatchOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (options.GiveUpAfter <= TimeSpan.Zero)
        {
            failures.Add("Dispatch:GiveUpAfter must be positive.");
        }

        if (options.FirstRetryDelay <= TimeSpan.Zero || options.MaxRetryDelay < options.FirstRetryDelay)
        {
            failures.Add("Dispatch:FirstRetryDelay must be positive and not above Dispatch:MaxRetryDelay.");
        }

        if (options.BatchSize < 1 || options.PollInterval <= TimeSpan.Zero || options.ClaimLease <= TimeSpan.Zero)
        {
            failures.Add("Dispatch:BatchSize, PollInterval and ClaimLease must be positive.");
        }

        foreach (var (channel, limits) in new[] { ("Telegram", options.Telegram), ("Other", options.Other) })
        {
            if (!limits.IsValid)
            {
                failures.Add($"Dispatch:{channel} limits must all be at least 1.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
