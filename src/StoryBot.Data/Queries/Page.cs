namespace StoryBot.Data.Queries;

/// <summary>One page of a listing; <see cref="PageNumber"/> counts from 1.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int PageNumber, int PageSize, int TotalCount)
{
    public int PageCount => PageSize == 0 ? 0 : (TotalCount + PageSize - 1) / PageSize;
}
