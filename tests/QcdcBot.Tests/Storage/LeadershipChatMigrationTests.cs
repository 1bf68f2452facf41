using Microsoft.Data.Sqlite;
using QcdcBot.Storage.Database;
using QcdcBot.Storage.Digests;
using QcdcBot.Storage.Leadership;

namespace QcdcBot.Tests.Storage;

/// <summary>Leadership chats live in one table for every channel; a file from before keeps its Telegram groups.</summary>
public sealed class LeadershipChatMigrationTests
{
    [Fact]
    public async Task Telegram_leadership_chats_of_an_older_file_move_into_the_shared_table()
    {
        using var temp = new TempDatabase();
        var path = temp.Database.FilePath;
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await using (var connection = new SqliteConnection($"Data Source={path}"))
        {
            await connection.OpenAsync();
            // The file as the version before this change left it.
            foreach (var step in new[] { Schema.V1, Schema.V2, DigestSchema.Sql, Schema.TelegramOffsets, Schema.ExcuseAcceptance })
            {
                await connection.ExecuteAsync(step, null, default);
            }

            await connection.ExecuteAsync(
                "INSERT INTO telegram_leadership_chats (chat_id, title, added_by, added_at) VALUES ('-1001', 'Thường trực', 'telegram:1', '2026-01-05T01:00:00.0000000+00:00'); PRAGMA user_version = 5;",
                null, default);
        }

        SqliteConnection.ClearAllPools();
        await temp.Database.MigrateAsync();
        var store = new LeadershipChatStore(temp.Database, TimeProvider.System);

        Assert.Equal(["-1001"], await store.AllAsync("telegram"));
        Assert.Empty(await store.AllAsync("zalo"));
    }

    [Fact]
    public async Task The_same_chat_id_on_two_channels_is_two_leadership_chats()
    {
        using var temp = new TempDatabase();
        var store = new LeadershipChatStore(temp.Database, TimeProvider.System);

        await store.AddAsync("telegram", "42", "Nhóm A", "telegram:1");
        await store.AddAsync("zalo", "42", "Nhóm B", "zalo:1");
        Assert.True(await store.RemoveAsync("telegram", "42", "test"));

        Assert.Empty(await store.AllAsync("telegram"));
        Assert.Equal(["42"], await store.AllAsync("zalo"));
    }
}
