using HoeWerktMijnStad.Web.Features.Bookings;
using Npgsql;
using NpgsqlTypes;

namespace HoeWerktMijnStad.Bench;

/// <summary>One class's request for a slot, as both paths of the bench send it.</summary>
internal sealed record BookingRequest(Guid RequestKey, BenchSlot Slot, int Pupils, Applicant Teacher);

/// <summary>The floor for <see cref="BookingRequests.SubmitAsync"/>: the same conditional UPDATE of the slot's
/// counters and the same booking and history rows, hand-written on a bare connection in one transaction
/// (BEGIN + UPDATE … RETURNING, one INSERT of both rows, COMMIT), without the checks the site makes first.</summary>
internal static class RawBooking
{
    private const string Hold = """
        UPDATE slots SET booked_pupils = booked_pupils + $1, booked_groups = booked_groups + 1
        WHERE id = $2 AND activity_id = $3 AND NOT closed AND starts_at > now()
          AND booked_pupils + $1 <= capacity_pupils AND booked_groups + 1 <= capacity_groups
        RETURNING starts_at, ends_at
        """;

    private const string Insert = """
        WITH b AS (
            INSERT INTO bookings (request_key, activity_id, partner_id, school_id, teacher_id, slot_id, date_options, starts_at, ends_at,
                                  state, level, class_year, pupils, adults, learning_goals, special_needs, travel, day_phone,
                                  applied_confirmations, leader_attending, sequence, created_at)
            VALUES ($1, $2, $3, $4, $5, $6, '{}', $7, $8, 'requested', 'vmbo', 3, $9, 2, '', '', 'bike', '06 12345678', $10, false, 0, $11)
            RETURNING id)
        INSERT INTO booking_events (booking_id, at, actor_id, actor_name, what)
        SELECT b.id, $11, $5, $12, 'Aanvraag ingediend' FROM b
        """;

    public static async Task<bool> SubmitAsync(NpgsqlDataSource dataSource, BookingRequest request, string[] confirmations)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        DateTimeOffset startsAt, endsAt;
        await using (var hold = new NpgsqlCommand(Hold, connection, transaction))
        {
            hold.Parameters.Add(new NpgsqlParameter<int> { TypedValue = request.Pupils });
            hold.Parameters.Add(new NpgsqlParameter<int> { TypedValue = request.Slot.Id });
            hold.Parameters.Add(new NpgsqlParameter<int> { TypedValue = request.Slot.ActivityId });
            await using var reader = await hold.ExecuteReaderAsync();
            if (!await reader.ReadAsync())
            {
                await reader.DisposeAsync();
                await transaction.RollbackAsync();
                return false;
            }

            (startsAt, endsAt) = (reader.GetFieldValue<DateTimeOffset>(0), reader.GetFieldValue<DateTimeOffset>(1));
        }

        await using (var insert = new NpgsqlCommand(Insert, connection, transaction))
        {
            insert.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = request.RequestKey });
            insert.Parameters.Add(new NpgsqlParameter<int> { TypedValue = request.Slot.ActivityId });
            insert.Parameters.Add(new NpgsqlParameter<int> { TypedValue = request.Slot.PartnerId });
            insert.Parameters.Add(new NpgsqlParameter<int> { TypedValue = request.Teacher.SchoolId });
            insert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = request.Teacher.UserId, NpgsqlDbType = NpgsqlDbType.Text });
            insert.Parameters.Add(new NpgsqlParameter<int> { TypedValue = request.Slot.Id });
            insert.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = startsAt });
            insert.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = endsAt });
            insert.Parameters.Add(new NpgsqlParameter<int> { TypedValue = request.Pupils });
            insert.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = confirmations });
            insert.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = DateTimeOffset.UtcNow });
            insert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = request.Teacher.Name, NpgsqlDbType = NpgsqlDbType.Varchar });
            await insert.ExecuteNonQueryAsync();
        }

        await transaction.CommitAsync();
        return true;
    }
}
