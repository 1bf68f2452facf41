using Microsoft.Data.Sqlite;
using QcdcBot.Storage.Database;
using QcdcBot.Tests.Support;

namespace QcdcBot.Tests.Reliability;

public sealed class StoreFaultTests
{
    [Theory]
    [InlineData(13, "DiskFull")]
    [InlineData(5, "Locked")]
    [InlineData(6, "Locked")]
    [InlineData(10, "Io")]
    [InlineData(10 | (4 << 8), "Io")]
    public void Full_busy_locked_and_io_errors_are_waited_out(int code, string kind)
    {
        var fault = StoreFault.Of(new SqliteException("x", code));

        Assert.NotNull(fault);
        Assert.False(fault.Fatal);
        Assert.Equal(kind, fault.Kind.ToString());
    }

    [Theory]
    [InlineData(8, "ReadOnly")]
    [InlineData(14, "CannotOpen")]
    [InlineData(11, "Corrupt")]
    [InlineData(26, "Corrupt")]
    public void Read_only_unopenable_and_corrupt_stores_are_fatal(int code, string kind)
    {
        var fault = StoreFault.Of(new SqliteException("x", code));

        Assert.NotNull(fault);
        Assert.True(fault.Fatal);
        Assert.Equal(kind, fault.Kind.ToString());
        Assert.False(string.IsNullOrWhiteSpace(fault.Fix));
    }

    [Fact]
    public void A_schema_too_new_is_fatal_and_other_exceptions_are_not_store_faults()
    {
        Assert.True(StoreFault.Of(new SchemaTooNewException("q.db", 9, 6))!.Fatal);
        Assert.Null(StoreFault.Of(new InvalidOperationException("a bug")));
        Assert.Null(StoreFault.Of(new OperationCanceledException()));
        Assert.Null(StoreFault.Of(new SqliteException("constraint", 19)));
    }

    [Fact]
    public async Task A_write_to_a_store_opened_read_only_is_classified_read_only()
    {
        var folder = CoreServices.NewFolder("readonly");
        var path = Path.Combine(folder, "q.db");
        await using (var create = new SqliteConnection($"Data Source={path}"))
        {
            await create.OpenAsync();
            await create.ExecuteAsync("CREATE TABLE t (x INTEGER)", null, default);
        }

        await using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly");
        await connection.OpenAsync();
        var error = await Assert.ThrowsAsync<SqliteException>(() => connection.ExecuteAsync("INSERT INTO t VALUES (1)", null, default));

        Assert.Equal(StoreFaultKind.ReadOnly, StoreFault.Of(error)!.Kind);
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}
